// English articles in the Community category.
import { h2, h3, ol, p, quote, ul } from '../../../blocks';
import type { SeedArticle } from '../../../types';

export const communityArticles: SeedArticle[] = [
  {
    slug: 'become-a-volunteer-listener',
    title: 'Become a volunteer listener: our next training programme',
    excerpt:
      'Our eight-week listening course starts next month. No qualifications are needed, just patience, warmth and a few hours a week. Here is what the training involves and how to apply.',
    daysAgo: 52,
    category: 'community',
    author: 'maya-lindqvist',
    tags: ['volunteering', 'events'],
    cover: 'cover-circles-coral.jpg',
    body: [
      p(
        'Volunteer listeners are at the heart of Harbour Lane. They welcome people at the door, sit with them in the lounge, and co-facilitate our weekly peer support circles. This time we are training our largest group yet, and we would love you to be part of it.',
      ),
      h2('Who we are looking for'),
      p(
        'You do not need any qualifications or previous experience. What matters is *who you are*, not what is on your CV. We are looking for people who are:',
      ),
      ul([
        'Able to listen without rushing to fix things.',
        'Comfortable with people whose lives look very different from yours.',
        'Able to give around **four hours a week** for at least six months.',
        'Over 18. If you have your own experience of recovery, we ask that you have been in a stable place for at least two years.',
      ]),
      h2('What the training involves'),
      p('The course runs over eight Monday evenings. It is practical, friendly and free.'),
      ol([
        'Listening well: attention, silence and reflecting back.',
        'Understanding mental health and addiction without jargon.',
        'Boundaries and confidentiality.',
        'Responding when someone is distressed, and when to get a staff member.',
        'Harm reduction in plain language.',
        'Working with families and friends.',
        'Looking after yourself as a volunteer.',
        'Practice evening and welcome to the team.',
      ]),
      h3('After the course'),
      p(
        'New volunteers spend their first month shadowing someone more experienced. Every volunteer has a named supervisor and a fortnightly support session, and we cover travel costs. Some volunteers also help in the [community garden](/en/news/community-garden-first-harvest) or the kitchen.',
      ),
      quote(
        'I thought I was signing up to help other people. I did not expect how much I would learn about myself. — volunteer listener, two years in',
      ),
      h2('How to apply'),
      p(
        'Pick up an application form at reception or ask us to post one. There is a short informal chat rather than an interview. Applications close two weeks before the first session.',
      ),
    ],
  },
  {
    slug: 'community-garden-first-harvest',
    title: "The community garden's first harvest",
    excerpt:
      'Eighteen months after the first spade went into the ground behind the centre, the garden group has picked its first proper harvest — and cooked lunch for fifty people with it.',
    daysAgo: 63,
    category: 'community',
    author: 'owen-hartley',
    tags: ['volunteering', 'events'],
    cover: 'cover-leaves-meadow.jpg',
    body: [
      p(
        "The strip of land behind the centre used to be gravel, bins and a broken bench. Today it is six raised beds, a small greenhouse and a shed covered in children's paintings. Last Friday the garden group picked its first proper harvest: potatoes, runner beans, courgettes and more tomatoes than anyone knew what to do with.",
      ),
      h2('Lunch for fifty'),
      p(
        'Rather than take the vegetables home, the group decided to cook. With help from the [recovery café](/en/news/recovery-cafe-opens-on-fridays) volunteers, they made soup, a tray bake and a very large salad, and fed around fifty people over a long, noisy lunch.',
      ),
      quote(
        'There is something about pulling a potato out of the ground that you planted yourself. It is proof that waiting pays off. — garden group member',
      ),
      h2('Why a garden?'),
      ul([
        'Gardening gives people a reason to come in that is not about their problems.',
        'It is physical, outdoors and calming, and it fills the hours that can be hardest.',
        'It needs patience and routine — two things that help recovery too.',
      ]),
      h3('How to join in'),
      ol([
        'Turn up at the centre on a **Tuesday morning from 10am**.',
        'Ask for the garden group at reception; someone will walk you round.',
        'Choose a job that suits you, from sowing seeds to sitting and shelling beans.',
        'Stay for the tea break at eleven, which is *not optional*.',
      ]),
      p('No experience needed, gloves provided.'),
    ],
  },
  {
    slug: 'thursday-walking-group-turns-one',
    title: 'The Thursday walking group turns one',
    excerpt:
      'What started as three people and a flask has become a weekly walk of up to twenty. We marked the first anniversary with the same route as the very first walk — and a lot more cake.',
    daysAgo: 183,
    category: 'community',
    author: 'tomas-ferreira',
    tags: ['events', 'self-care'],
    cover: 'cover-hills-meadow.jpg',
    body: [
      p(
        "One year ago, three people met at the centre with a flask of tea and walked down to the harbour and back. This Thursday, nineteen people did the same route to mark the walking group's first birthday.",
      ),
      h2('How it works'),
      ul([
        'We meet at the centre at **10.30am every Thursday**, whatever the weather.',
        'The walk lasts about an hour, at a pace everyone can manage.',
        'There is always a shorter option for anyone who needs it.',
        'We finish with a hot drink back at the centre.',
      ]),
      p(
        'Walking side by side, many people find it easier to talk than they do face to face in a room. And some days nobody talks much at all, which is *fine too*.',
      ),
      h3('The anniversary walk'),
      ol([
        'Tea and cake at the centre, and a welcome for three first-timers.',
        'Down through the park to the harbour wall.',
        'A pause at the bench where the first three walkers stopped a year ago.',
        'Back up the hill, slowly, to more cake.',
      ]),
      quote('On a bad week, the walk is the one thing I know I will do. — walking group regular'),
      p(
        'Everyone is welcome, including family members and people who have never used our services. Read more about [gentle ways to look after yourself week by week](/en/news/a-gentle-weekly-wellbeing-checklist).',
      ),
    ],
  },
  {
    slug: 'recovery-cafe-opens-on-fridays',
    title: 'The recovery café opens its doors on Fridays',
    excerpt:
      'Good coffee, homemade food and a room full of people who understand: the recovery café is open every Friday afternoon, run by volunteers in recovery themselves.',
    daysAgo: 270,
    category: 'community',
    author: 'maya-lindqvist',
    tags: ['events', 'volunteering'],
    cover: 'cover-table-dawn.jpg',
    body: [
      p(
        'Friday afternoons can be a difficult time: the week ends, the weekend stretches ahead, and old habits can feel very close. From this week, the ground floor of the Harbour Lane centre becomes the **recovery café** every Friday from **12pm to 5pm**.',
      ),
      h2('What to expect'),
      ul([
        'Proper coffee, tea and soft drinks, and a hot lunch for a small donation — or nothing if you cannot pay.',
        'Board games, newspapers and a quiet corner.',
        'A volunteer team of people in recovery who know what Friday afternoons can feel like.',
        'Information about our other services, if you want it, and no pressure if you do not.',
      ]),
      h3('How a Friday works'),
      ol([
        'Doors open at noon; lunch is served from half past twelve.',
        'At two there is an optional *ten-minute check-in* for anyone who wants one.',
        'From three, the tables are cleared for games and conversation.',
        'At five the volunteers close up, and anyone who wants to can walk together to the bus stop.',
      ]),
      h3('Run by people in recovery'),
      p(
        'Every café volunteer has their own experience of recovery and has completed our volunteer listening training. Some started out as customers.',
      ),
      quote(
        'I wanted to build the place I wish had existed when I was newly sober — somewhere to go on a Friday that is not a pub. — café volunteer',
      ),
      p(
        'The café is alcohol-free and open to everyone: people in recovery, their families and friends, and neighbours who just fancy a good coffee. Shared meals were one of the things people valued most in [our look back at the year](/en/news/looking-back-on-our-year), and the café builds on that.',
      ),
    ],
  },
];
