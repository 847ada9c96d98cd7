// English articles in the Everyday wellbeing category. Practical and non-clinical by design:
// each one points readers to a doctor or to emergency help where that is the right step.
import { h2, h3, ol, p, quote, ul } from '../../../blocks';
import type { SeedArticle } from '../../../types';

export const wellbeingArticles: SeedArticle[] = [
  {
    slug: 'supporting-a-family-member-in-early-recovery',
    title: 'Supporting a family member in early recovery: a practical guide',
    excerpt:
      'When someone you love starts to recover, it can bring relief, hope and a whole new set of worries. Owen shares what families have taught him about the first months: what helps, what to avoid and how to look after yourself.',
    daysAgo: 27,
    category: 'wellbeing',
    author: 'owen-hartley',
    tags: ['families', 'self-care'],
    cover: 'cover-table-sand.jpg',
    seo: {
      metaTitle: 'Supporting a family member in early recovery',
      metaDescription:
        "What helps in the first months of a loved one's recovery, what to avoid, and how to look after yourself too.",
      shareCover: true,
    },
    body: [
      p(
        'I have run our family workshops for six years, and the question I hear most often is not *"how do I get them to stop?"* It is *"now that they have started to change, what do I do?"* Early recovery can be a strange time for families. The crisis has eased, but trust has not yet returned, and nobody quite knows the new rules. This guide collects what families have taught me about those first months.',
      ),
      h2('Expect mixed feelings — in everyone'),
      p(
        'Relief is common. So is anger, which often surprises people: anger about the years that went before, which may only feel safe to express once things are calmer. Some people feel oddly lost, because so much of their energy had gone into managing a crisis that is no longer there. All of this is normal.',
      ),
      p(
        'Your relative will have mixed feelings too. Early recovery can bring pride and hope, but also shame, boredom, grief for a way of life, and exhaustion. Moods can swing from one day to the next.',
      ),
      quote(
        'I kept waiting to feel happy. What I actually felt, for about three months, was tired. — a mother who came to the workshops',
      ),
      h2('What tends to help'),
      h3('Keep conversations about the present'),
      p(
        'It is tempting to go back over everything that happened. Some of that will need to be talked about, in time, and perhaps with support. In the early weeks, though, families find that conversations about today — how the day went, what is planned for tomorrow — are easier on everyone and build trust faster than raking over the past.',
      ),
      h3('Notice effort, not just results'),
      p(
        'Recovery is made up of small, unglamorous decisions: going to a group when it would be easier to stay in, leaving a party early, making a difficult phone call. Noticing these out loud — *"I saw you went to the circle even though you were tired"* — means a lot, and it costs nothing.',
      ),
      h3('Agree a few practical things together'),
      p(
        'Uncertainty breeds worry. Families often find it helps to agree, calmly and early on, a small number of practical things. For example:',
      ),
      ul([
        'Whether alcohol will be kept in the house, and if so, where.',
        'How money will be handled for now, and when that will be reviewed.',
        'What you will each do if either of you is worried about a slip.',
        'Which family events feel manageable, and which are best skipped this year.',
      ]),
      p(
        'These agreements work best when they are made together and written down, and when everyone knows they will be revisited as things change. One family I worked with kept theirs on the fridge, and crossed things off as they stopped being needed. Six months in, only one line was left.',
      ),
      h3('Keep routines'),
      p(
        'Regular meals, regular bedtimes and regular plans give shape to days that can otherwise feel very long. Many families tell me that a simple shared routine — a walk after dinner, a film on Fridays — became an anchor for everyone. Routines also give you something to talk about that is not recovery, which both of you may be glad of by the end of a long week.',
      ),
      h2('What tends not to help'),
      ul([
        '**Checking up constantly.** Searching rooms, checking phones or asking "have you used?" every evening tends to erode trust rather than build it. If you are worried, say so directly and calmly.',
        '**Taking over.** It is natural to want to manage appointments, medication and money. Some support is helpful, but recovery belongs to the person recovering, and doing too much can get in the way.',
        '**Treating every bad mood as a warning sign.** People in recovery are allowed to be grumpy, sad or bored like anyone else.',
        '**Keeping score.** Pointing out past behaviour during an argument is very human and very understandable, but it rarely leads anywhere good.',
      ]),
      h2('If there is a slip'),
      p(
        'Many people have setbacks on the way to lasting change, and a slip does not mean that recovery has failed or that the time before it did not count. What happens next matters more than the slip itself.',
      ),
      ol([
        'Try to stay calm, even if you feel frightened or let down. You can talk about your feelings later.',
        "If there is any risk to someone's safety, deal with that first. If someone is unresponsive or having difficulty breathing, **call your local emergency number** straight away.",
        'When things are calmer, ask what happened and what might help, rather than why it happened.',
        'Encourage them to talk to their support worker or peer circle as soon as possible.',
        'Talk to someone yourself. You do not have to carry this alone.',
      ]),
      h2('Looking after yourself'),
      p(
        'This is the section people are most likely to skip, and the one I most want you to read. Supporting someone through recovery is demanding, and families who look after their own health cope better and are more able to help.',
      ),
      ul([
        'Keep up at least one thing that is just for you: a class, a friend, a walk.',
        'Pay attention to your own sleep, eating and drinking.',
        'Tell one or two people you trust what is going on, so you are not holding it all in.',
        'Think about joining a family group. Ours is free, and you do not need your relative to be involved with us.',
        'If your own mood is low for more than a couple of weeks, talk to your doctor.',
      ]),
      quote(
        'The best thing I did for my son was to start looking after myself again. He told me later that seeing me laugh with my friends took a weight off him. — a father in our Wednesday group',
      ),
      h2('Where to find support'),
      p(
        "Our [family evening workshops](/en/news/family-evening-workshops-return) run several times a year, and the [stories in our recovery section](/en/category/recovery-stories) include accounts from parents and partners. If you would like to talk to someone now, come to the drop-in or ask at reception for the family team. If you are worried about someone's immediate safety, **call your local emergency number**.",
      ),
      p(
        'Recovery is rarely a straight line, for the person recovering or for the people who love them. There will be good weeks and hard ones, often without any obvious reason for either. Be patient with them, and with yourself.',
      ),
    ],
  },
  {
    slug: 'why-sleep-matters-in-early-recovery',
    title: 'Why sleep matters so much in the first months of recovery',
    excerpt:
      'Poor sleep is one of the most common complaints in early recovery, and one of the most common reasons people struggle. Here is what tends to help, and when to talk to a doctor.',
    daysAgo: 40,
    category: 'wellbeing',
    author: 'priya-raman',
    tags: ['sleep', 'self-care'],
    cover: 'cover-moon-night.jpg',
    body: [
      p(
        'Ask a room full of people in early recovery what they find hardest, and sleep comes up again and again. Lying awake at 3am, vivid dreams, waking exhausted: these are common, and they can make every other part of recovery harder.',
      ),
      h2('Why sleep is often disrupted'),
      p(
        'Many people have used alcohol or other substances, at least in part, to get to sleep. When that stops, the body and mind need time to relearn how to rest. For many people sleep improves within weeks; for some it takes several months. Knowing that it is a *normal and usually temporary* part of recovery can itself ease some of the worry.',
      ),
      h2('Things that tend to help'),
      ul([
        '**Keep a regular wake-up time**, even after a bad night. It is the single most useful habit people report.',
        '**Get daylight early in the day**, even just ten minutes outside.',
        '**Wind down for an hour** before bed: dim lights, put the phone away, do something calm.',
        '**Cut back on caffeine after lunchtime**, and notice whether energy drinks or strong tea are sneaking in.',
        '**Get out of bed if you cannot sleep** after twenty minutes or so, and do something quiet until you feel sleepy.',
      ]),
      h3('A simple wind-down routine'),
      ol([
        'Set an alarm for an hour before bed as a reminder to start slowing down.',
        'Have a warm, non-caffeinated drink.',
        'Write down anything on your mind for tomorrow, so it is out of your head.',
        'Read, listen to something calm or stretch gently.',
        'Go to bed when you feel sleepy, not just because it is late.',
      ]),
      h2('When to talk to a doctor'),
      p(
        'If you are planning to stop drinking after a long period of heavy use, **talk to a doctor first** — stopping suddenly can be dangerous. Talk to a doctor too if poor sleep is going on for weeks, if you snore heavily or stop breathing in your sleep, or if low mood is keeping you awake.',
      ),
      quote(
        'Someone in my circle told me that the first month of bad sleep was normal and it got better. Just knowing that helped me stop panicking at 3am. — circle member',
      ),
      p(
        'Cravings are often stronger when you are tired. Our piece on [riding the wave](/en/news/riding-the-wave-getting-through-a-craving) has practical ideas for getting through them.',
      ),
    ],
  },
  {
    slug: 'returning-to-work-after-treatment',
    title: 'Returning to work after treatment: conversations that help',
    excerpt:
      'Going back to work after time away for your mental health or addiction can feel daunting. Tomás brings together advice from people who have done it: planning your return, what to say and what to keep private.',
    daysAgo: 330,
    category: 'wellbeing',
    author: 'tomas-ferreira',
    tags: ['workplace', 'peer-support'],
    cover: 'cover-path-dawn.jpg',
    body: [
      p(
        'When I went back to work after my own time in treatment, I spent the night before rehearsing answers to questions that nobody asked. The reality was quieter, kinder and in some ways harder than I had imagined. Over the years I have talked with dozens of people in our circles about their own returns. This article pulls together what they have told me.',
      ),
      h2('Before you go back'),
      h3('Decide what you want to share'),
      p(
        'You do not have to tell your colleagues, or even your manager, the details of why you were away. Some people choose to be completely open; some share a general outline such as *"I was dealing with a health issue and I am getting support"*; some share nothing beyond what is needed for practical arrangements. All of these are legitimate choices.',
      ),
      p(
        'It helps to decide before your first day, because questions can come when you least expect them — by the kettle, in a lift, at the end of a meeting. Having a sentence ready makes it easier to answer briefly and move on.',
      ),
      ul([
        '*"Thanks for asking — I am feeling much better and glad to be back."*',
        '*"I was off for health reasons. I would rather not go into it, but I am doing well."*',
        '*"I have been in recovery from a drinking problem. I am happy to talk about it another time."*',
      ]),
      h3('Plan the return with your employer'),
      p(
        'Many employers are willing to agree a phased return, particularly if you ask early and come with suggestions. Think about what would make the first weeks manageable. People in our circles have found these helpful:',
      ),
      ul([
        'Shorter days or fewer days for the first few weeks.',
        'Time off for appointments and groups, agreed in advance so you do not have to ask each time.',
        'A gradual build-up of responsibilities, starting with familiar tasks.',
        'A named person to go to if something is not working.',
        'A regular short check-in with your manager, at a time that suits you both.',
      ]),
      p(
        'If your employer has an occupational health service or an employee assistance programme, they may be able to help put a plan together. If they have attended [our training for employers](/en/category/services), they may already have some ideas.',
      ),
      h3('If you were away for a long time'),
      p(
        'If you have been off for several months, things will have changed: new colleagues, new systems, perhaps a new manager. It is worth asking for a short catch-up before your first day, or a quiet first morning to read through what you missed. Some people arrange to visit for an hour the week before, just to walk through the door once without the pressure of a full day. If you are returning to a different role, ask for a clear description of what is expected in writing, so you are not guessing.',
      ),
      h2('The first weeks'),
      p(
        'Almost everyone I have spoken to said the first weeks back were more tiring than they expected. Concentrating for a full day, making small talk, travelling at rush hour: all of it takes energy that is already in demand.',
      ),
      h3('Protect your recovery routine'),
      p(
        'It is tempting to put work first and squeeze everything else in around it. People who do best tend to do the opposite: they keep their groups, appointments, meals and sleep as fixed points and fit work around them for the first couple of months.',
      ),
      h3('Watch out for old patterns'),
      p('Work can bring particular pressures. Some of the ones people mention most often:'),
      ul([
        '**After-work drinks and work social events.** You can go and drink something else, go for the first half-hour, or not go at all. Having a plan in advance helps.',
        '**Long hours and proving yourself.** Many people feel they need to make up for lost time. Overwork is a common route back to old coping habits.',
        '**Conflict.** A difficult colleague or a tense meeting can be a trigger. Have someone you can text or call afterwards.',
        '**Quiet periods.** Boredom can be just as risky as stress. Keep some structure in slower weeks.',
      ]),
      quote(
        'The hardest moment for me was the Friday leaving do in my second week. I went, had two lemonades, said goodbye at eight and felt ten feet tall on the bus home. — member of the Sunday circle',
      ),
      h2('Conversations with your manager'),
      p(
        'A good relationship with your manager makes a big difference, and it is worth investing in early. Try to have an honest conversation, in private, about what support would help. You might find it useful to follow a simple structure:',
      ),
      ol([
        'Start with what is going well.',
        'Explain, at whatever level of detail you are comfortable with, what you need.',
        'Suggest something specific, such as leaving at four on Tuesdays for a group.',
        'Agree when you will next check in.',
      ]),
      p(
        'If a manager reacts badly, it is not a reflection on you. Keep a note of what was said, and consider talking to human resources, a trade union representative, or our support workers about what to do next.',
      ),
      h2('When things get hard'),
      p(
        'Going back to work is a big change, and it is normal to have difficult days. If you notice old thoughts or cravings returning, talk to someone sooner rather than later — your worker, your circle, a trusted friend. The [everyday wellbeing](/en/category/wellbeing) section of this site has some practical ideas.',
      ),
      p(
        'If you ever feel unable to keep yourself safe, **call your local emergency number** or go to your nearest emergency department.',
      ),
      h2('Looking further ahead'),
      p(
        'For many people, work eventually becomes part of what supports their recovery: a source of routine, purpose, friendship and pride. Some people find that their priorities have changed and decide to move into a different role or field altogether — several of our volunteers now work in care and support. There is no single right answer, only the one that fits the life you are building. Whatever you decide, give yourself credit for the return itself: walking back through that door took more courage than most of your colleagues will ever know.',
      ),
      p(
        'If you would like to talk through your own return, any of our peer volunteers would be glad to share their experience. Just ask at reception.',
      ),
    ],
  },
  {
    slug: 'riding-the-wave-getting-through-a-craving',
    title: 'Riding the wave: practical ways to get through a craving',
    excerpt:
      'Cravings rise, peak and pass, usually faster than they feel. People in our peer circles share the practical things that help them get through the hardest twenty minutes.',
    daysAgo: 101,
    category: 'wellbeing',
    author: 'tomas-ferreira',
    tags: ['harm-reduction', 'self-care'],
    cover: 'cover-waves-sea.jpg',
    body: [
      p(
        'A craving can feel as if it will last forever and only get stronger. In reality, most cravings behave more like a wave: they build, peak and then fall away, often within twenty or thirty minutes. Knowing that is the first step in riding one out.',
      ),
      h2('In the moment'),
      ol([
        '**Name it.** Say to yourself, *"This is a craving. It will pass."* Naming it puts a little distance between you and it.',
        '**Delay.** Decide to wait fifteen minutes before doing anything. Set a timer if it helps.',
        '**Move.** Walk round the block, climb the stairs, do something with your hands.',
        '**Reach out.** Text or call someone from your circle. You do not have to explain; "having a hard moment" is enough.',
        '**Change the scene.** Leave the room, the shop or the situation if you can.',
      ]),
      h2('Afterwards'),
      p(
        'Once the wave has passed, it can help to jot down what set it off and what helped. Over time, patterns appear — particular times of day, people, places or feelings — and you can plan for them.',
      ),
      h3('Common triggers people mention'),
      ul([
        'Being hungry, angry, lonely or tired.',
        'Paydays and the end of the working week.',
        'Certain places, songs or smells.',
        'Celebrations as well as bad news.',
      ]),
      quote(
        'I used to think a craving meant I was failing. Now I think of it as my brain remembering an old habit. It is allowed to remember. I do not have to obey. — circle member',
      ),
      p(
        "Hearing how others have done it helps too: [Dana's story](/en/news/learning-to-ask-for-help) is about learning to reach out before things get worse.",
      ),
      p(
        'If cravings feel overwhelming or you are worried about your safety, talk to your support worker. If you are in immediate danger, **call your local emergency number**.',
      ),
    ],
  },
  {
    slug: 'a-gentle-weekly-wellbeing-checklist',
    title: 'A gentle weekly wellbeing checklist',
    excerpt:
      'Not a list of rules, just a few questions to ask yourself once a week. Maya shares the checklist the team at Harbour Lane uses to look after itself, with space to make it your own.',
    daysAgo: 255,
    category: 'wellbeing',
    author: 'maya-lindqvist',
    tags: ['self-care', 'sleep'],
    cover: 'cover-hills-mist.jpg',
    body: [
      p(
        'Looking after your wellbeing does not have to mean big changes. Sometimes it is enough to pause once a week and notice how things are going. This is the checklist our own team uses on a Friday afternoon. It is not a test, and there are no wrong answers.',
      ),
      h2('Five questions for the end of the week'),
      ol([
        '**How have I been sleeping?** Not perfectly — just, is it better or worse than last week?',
        '**Have I eaten proper meals most days?**',
        '**Have I been outside in daylight?** Even a short walk counts.',
        '**Who have I talked to?** Really talked, not just about practical things.',
        '**What is one thing that went well?** However small.',
      ]),
      h3('Making it your own'),
      p(
        'The questions are a starting point. Some people add one of their own — *"Did I do something just for fun?"* is a favourite — and some keep their answers in a notebook so they can look back over a month. Whatever helps you notice is the right way to do it.',
      ),
      h2('If the answers are worrying'),
      p(
        'If several answers have been difficult for more than a couple of weeks, that is worth noticing. Some ideas:',
      ),
      ul([
        'Pick **one** thing to change next week, not everything.',
        'Tell someone you trust how you have been feeling.',
        'Come to the [Thursday walking group](/en/category/community) or the drop-in — no appointment needed.',
        'Talk to your doctor if low mood, anxiety or poor sleep is going on and on.',
      ]),
      quote(
        'On the weeks when I cannot answer the fifth question, I ask someone else what went well for them. It usually reminds me of something. — a member of our team',
      ),
      p(
        'If you are struggling to cope or feel unsafe, please do not wait for Friday: **call your local emergency number** or go to the nearest emergency department.',
      ),
    ],
  },
];
