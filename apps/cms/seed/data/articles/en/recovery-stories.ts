// English articles in the Recovery stories category. The people in these stories are composites;
// each story says so, as a real newsroom would for accounts shared anonymously.
import { h2, h3, ol, p, quote, ul } from '../../../blocks';
import type { SeedArticle } from '../../../types';

export const recoveryStoryArticles: SeedArticle[] = [
  {
    slug: 'a-year-of-peer-support-circles',
    title: 'What a year of peer support circles taught us',
    excerpt:
      'Twelve months ago we started a weekly circle run by people with lived experience of recovery; today there are three. Tomás looks back at what worked, what we got wrong, and what members say keeps them coming back.',
    daysAgo: 18,
    category: 'recovery-stories',
    author: 'tomas-ferreira',
    tags: ['peer-support', 'evaluation'],
    cover: 'cover-circles-sea.jpg',
    seo: {
      metaTitle: 'A year of peer support circles at Harbour Lane',
      metaDescription:
        'What worked, what we changed and what members say keeps them coming back to our weekly peer circles.',
      shareCover: true,
    },
    body: [
      p(
        'A year ago this week, eight people sat in a circle of mismatched chairs in the back room at Harbour Lane. Two of them were volunteers; six had come because a support worker suggested it. Nobody was quite sure what would happen. Tonight there are three circles a week, more than forty regular members and a waiting list for volunteer training. This is what we have learned along the way.',
      ),
      h2('Why we started'),
      p(
        'Our one-to-one support works, but it has limits. People see a worker for an hour a week, and the other 167 hours are theirs to get through. Again and again, people told us that what helped most between appointments was talking to *someone who had been there* — someone who would not be shocked, and who was living proof that things can change.',
      ),
      p(
        'Peer support is not new, and it is not a replacement for professional help. But we had never offered it in a structured way. So we trained a first group of volunteers, all with at least two years of their own recovery, and opened the doors.',
      ),
      h2('How a circle works'),
      p(
        'Every circle follows the same simple shape, which members say is part of what makes it feel safe. Nobody has to speak, and nobody is asked to share more than they want to.',
      ),
      ol([
        '**Arrival and tea.** Ten minutes to settle in. Newcomers are welcomed by name and given a quick explanation of how things work.',
        '**Check-in.** Each person can say a sentence or two about their week, or simply pass.',
        '**Open conversation.** A volunteer facilitator offers a theme — sleep, family, cravings, what to say at work — but the group can go wherever it needs to.',
        '**Something for the week.** Each person can name one small thing they want to try before next time.',
        '**Close.** Five minutes to come back down before going out into the evening.',
      ]),
      h3('The ground rules'),
      p(
        'The group agreed its own ground rules in the first month and has revised them twice. The current version fits on one card:',
      ),
      ul([
        'What is said in the circle stays in the circle.',
        "Speak from your own experience, not about other people's choices.",
        'No advice unless someone asks for it.',
        'It is fine to come having had a bad week — or a bad day.',
        'Look after each other on the way out.',
      ]),
      h2('What worked'),
      h3('Consistency'),
      p(
        'Members repeatedly told us that knowing the circle would be there, same room, same time, every week, mattered more than anything we said in it. We have not cancelled a single session this year, including over the holidays, thanks to volunteers who swapped shifts so others could be with their families.',
      ),
      h3('Volunteers who had been there'),
      p(
        'Our volunteers are not counsellors and do not pretend to be. Their training focuses on listening, on keeping the group safe, and on knowing when to bring in a staff member. What they bring that no job title can is credibility. As one member put it, *"When Sam says it gets easier, I believe him, because I know where he was."*',
      ),
      h3('Small, concrete goals'),
      p(
        'The "something for the week" step was almost an afterthought, but it has become one of the most valued parts of the evening. The goals are deliberately modest — phone my sister, go to bed before midnight twice, walk to the shop instead of driving past the off-licence — and the group remembers them the following week, kindly.',
      ),
      quote(
        'It is the only place where I can say "I nearly slipped on Thursday" and people nod instead of panicking. Then someone asks what helped me not to. — circle member',
      ),
      h2('What we got wrong'),
      p('Not everything went to plan, and we think it matters to say so.'),
      ul([
        '**We started too big.** Our first circle grew to fourteen people within a month, which was too many for everyone to be heard. We now split any circle that regularly goes over ten.',
        '**We underestimated the evenings.** Volunteers found the late finish hard to sustain on top of work. We moved one circle to a Sunday afternoon, and it is now our busiest.',
        '**We were slow to support the supporters.** For the first few months volunteers had no regular space to talk about what they heard. They now meet with a staff member every fortnight, and two volunteers told us that this is what kept them going.',
        '**We did not think enough about access.** The back room is up a flight of stairs. The Sunday circle now meets on the ground floor, and we have asked members what else gets in the way.',
      ]),
      h2('What members told us'),
      p(
        'A few months ago, Priya ran a short anonymous survey of circle members. Thirty-one people replied. The full figures will be in our [first outcomes report](/en/news/measuring-what-matters-our-first-outcomes-report), but a few answers stood out.',
      ),
      ul([
        'Most people said the circle helped them feel **less alone**; very few said it made no difference.',
        'The most common reason for missing a week was work or childcare, not losing interest.',
        'Several people asked for a circle specifically for family members, which we are now planning.',
        'Many people said they would like to volunteer one day — which is exactly how the model is supposed to grow.',
      ]),
      h3('Numbers are not the whole story'),
      p(
        'A circle is hard to measure. Some of the most important moments of the year do not show up in a survey: the member who brought a cake to mark a year without drinking, the two people who discovered they lived on the same street and now walk to the circle together, the evening a newcomer spoke for the first time and the room went very quiet and very kind.',
      ),
      h2('What comes next'),
      p('This year we plan to:'),
      ol([
        'Open a fourth circle for relatives and friends, running alongside the [family evening workshops](/en/news/family-evening-workshops-return).',
        'Train twelve more volunteers, including four who first came to us as circle members.',
        'Pilot a Spanish-language circle, after requests from members of the local Spanish-speaking community.',
        'Work with the youth panel on a circle for the [Saturday space](/en/news/saturday-space-for-young-people).',
      ]),
      h2('Come along'),
      p(
        'Circles are free and open to anyone over 18 who is in recovery, thinking about it, or simply not sure yet. You do not need to be using our other services. Just turn up ten minutes before the start and ask for the circle — someone will meet you at the door. If you would like to become a volunteer, read about [our listening training](/en/news/become-a-volunteer-listener).',
      ),
      p(
        'If you are struggling right now and need help urgently, please do not wait for the next circle: **call your local emergency number** or go to the nearest emergency department.',
      ),
      p('*Names and some details in this article have been changed, and quotes are shared with permission.*'),
    ],
  },
  {
    slug: 'learning-to-ask-for-help',
    title: "Learning to ask for help: Dana's story",
    excerpt:
      'Dana spent years being the person everyone else leaned on. She describes the evening she finally walked into the centre, and the small steps that followed.',
    daysAgo: 128,
    category: 'recovery-stories',
    author: 'tomas-ferreira',
    tags: ['peer-support'],
    cover: 'cover-path-mist.jpg',
    body: [
      p(
        "Dana is the kind of person who remembers everyone's birthday. For most of her thirties she held things together for other people — her mother after a stroke, her younger brother through a divorce, a team of twenty at work. What nobody saw was how much she was drinking once the house was quiet.",
      ),
      quote('I was so good at being the one who copes that I had no idea how to be the one who does not.'),
      h2('The evening she came in'),
      p(
        'Dana walked past the centre on Harbour Lane for months before she came in. What finally changed, she says, was a small thing: a colleague mentioned, without any particular emphasis, that her uncle went to the [drop-in at Harbour Lane](/en/category/services) and found it *"surprisingly normal"*. That word stuck.',
      ),
      p(
        'She came on a Thursday afternoon, sat in the car for twenty minutes, and then went in. She stayed for an hour.',
      ),
      h2('What helped'),
      ul([
        '**Not having to explain everything at once.** She talked about work stress first and the drinking later.',
        '**A plan she could actually keep.** Her first goal was not to stop, but to keep a note of what she drank for two weeks.',
        '**A circle of people who understood.** Joining a weekly peer support circle showed her that other capable, busy people had been where she was.',
        '**Telling one person.** She chose her brother. He cried, and then he said thank you for trusting him.',
      ]),
      h3('Her first three weeks'),
      ol([
        'A first conversation at the drop-in, mostly about work.',
        'A second visit a week later, when she talked about the drinking for the first time.',
        'Two weeks of keeping an honest note of what she drank, with no pressure to change it yet.',
        'A plan, agreed with her worker, to cut down with medical advice and then stop.',
      ]),
      h3('Where she is now'),
      p(
        "It has been fourteen months. Dana does not drink, though she is careful to say that this is her choice and not the only way recovery can look. She still remembers everyone's birthday. She has also learned to put her own appointments in the calendar first.",
      ),
      p(
        '*Dana is a composite of several people who shared their experiences with us; details have been changed to protect their privacy.*',
      ),
    ],
  },
  {
    slug: 'two-kitchens-one-table',
    title: "Two kitchens, one table: a father on his son's recovery",
    excerpt:
      'When his son moved back home after treatment, Martin had to learn a different way of being a parent. He talks about worry, trust and the evening meals that became their routine.',
    daysAgo: 149,
    category: 'recovery-stories',
    author: 'owen-hartley',
    tags: ['families'],
    cover: 'cover-hills-dawn.jpg',
    body: [
      p(
        'Martin is sixty-two, a retired engineer, and by his own description "a fixer". When his son Luke came home after three months in a residential programme, Martin wanted to fix things. It took him a while to see that this was not his job.',
      ),
      h2('The first weeks'),
      p(
        'Luke was twenty-nine and had been using heroin on and off for six years. Martin and his late wife had tried everything they could think of: money, no money, ultimatums, silence. Now Luke was back in his childhood bedroom, and Martin found himself checking the bathroom cabinet and listening at the door.',
      ),
      quote('I loved him and I did not trust him, and I felt guilty about both.'),
      h2('What changed'),
      p(
        "Martin came to the [family evening workshops](/en/news/family-evening-workshops-return) on the advice of Luke's support worker. He expected to be told what to do. Instead, he met other parents and partners who were just as tired and frightened, and who had found ways to live alongside uncertainty.",
      ),
      ol([
        "He stopped searching Luke's room, and told Luke he had stopped.",
        'They agreed one thing they would do together each day: cook dinner.',
        'He started going to his own walking group on Thursdays, to have something that was just his.',
        'He learned what to do if Luke ever overdosed, and he kept that knowledge without letting it take over.',
      ]),
      h3('The table'),
      p(
        'Their kitchen has two cooks and very different styles — Luke likes spice, Martin likes things "plain and on time". The arguments about seasoning became, Martin says, the best conversations they had had in years. On the hard evenings, they still sat down together, even when neither of them said much.',
      ),
      p(
        'Luke has now been in recovery for two years and lives in his own flat across town. He still comes for dinner on Sundays. He does the cooking.',
      ),
      h2('What Martin would tell other parents'),
      ul([
        '**You cannot do the recovery for them.** You can make home a place where recovery is easier.',
        '**Get support for yourself early.** He wishes he had come to a family group years before he did.',
        '**Small routines matter.** A meal together said more than any of his speeches.',
        '**Keep hoping, quietly.** Not every day will be a good one, and that is not the end of the story.',
      ]),
      p('*Names and some details have been changed.*'),
    ],
  },
  {
    slug: 'from-visitor-to-volunteer',
    title: "From visitor to volunteer: Ray's ten years",
    excerpt:
      'Ten years ago Ray came to Harbour Lane for a cup of tea and a warm room. Today he trains new volunteers. He reflects on a decade of recovery and what he tells people on their first night.',
    daysAgo: 292,
    category: 'recovery-stories',
    author: 'tomas-ferreira',
    tags: ['volunteering', 'peer-support'],
    cover: 'cover-lighthouse-dusk.jpg',
    body: [
      p(
        "Ray first came to Harbour Lane in the middle of a wet November, mostly because it was warm. He was sleeping on a friend's sofa, drinking from the moment he woke up, and had lost contact with his daughter. He did not expect to stay. Ten years later he has a key to the building.",
      ),
      h2('The first year'),
      p(
        'Ray is honest that his first year was not a straight line. He stopped drinking, started again, stopped again. What kept him coming back was **the same few faces at the door** and the fact that nobody ever made him feel he had failed.',
      ),
      ol([
        'Winter: tea, a warm room and a lot of silence.',
        'Spring: a first conversation with a support worker, and a referral to a doctor for a safe way to stop drinking.',
        'Summer: a place in a hostel, then a room of his own.',
        'Autumn: his first letter to his daughter in three years.',
      ]),
      quote(
        'Every time I came back after a bad patch, someone said "good to see you". Not "where have you been". That difference is everything.',
      ),
      h2('Becoming a volunteer'),
      p(
        'Four years in, a staff member asked whether he had ever thought about volunteering. He laughed. Then he signed up for the [volunteer listening training](/en/category/community). These days he co-leads it.',
      ),
      h3('What he tells people on their first night'),
      ul([
        'You do not have to say anything tonight. Just being here counts.',
        'Nobody in this room is better than you. Some of us have just had more practice.',
        'Come back next week, whatever happens between now and then.',
      ]),
      h2('Ten years on'),
      p(
        'Ray sees his daughter every Sunday and has a grandson who calls him "Grandad Ray". He is the first to say that recovery did not fix everything: he still has debts, and some relationships did not survive. But he has a life that is his, and a place where he can help others find theirs.',
      ),
      p('*Ray asked us to use his first name. Some details have been changed.*'),
    ],
  },
];
