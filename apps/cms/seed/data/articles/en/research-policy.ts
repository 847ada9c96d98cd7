// English articles in the Research & policy category. All figures are the fictional
// organisation's own; no external study is quoted.
import { code, h2, h3, ol, p, quote, ul } from '../../../blocks';
import type { SeedArticle } from '../../../types';

export const researchPolicyArticles: SeedArticle[] = [
  {
    slug: 'measuring-what-matters-our-first-outcomes-report',
    title: 'Measuring what matters: our first outcomes report',
    excerpt:
      'Our first outcomes report looks at a year of support through the eyes of the people who used it. Priya explains what we measured, what changed for people, where we fell short, and how to read the open data.',
    daysAgo: 75,
    category: 'research-policy',
    author: 'priya-raman',
    tags: ['evaluation'],
    cover: 'cover-chart-mist.jpg',
    seo: {
      metaTitle: 'Our first outcomes report, explained',
      metaDescription:
        'What we measured over a year of support, what changed for people, where we fell short, and how to read the open data.',
      shareCover: true,
    },
    body: [
      p(
        'This week we published our first outcomes report. It covers twelve months of support at Harbour Lane and tries to answer a deceptively simple question: **are people better off for having come to us?** This article walks through how we went about answering it, what we found, and — just as important — what we could not measure.',
      ),
      h2('Why we wrote it'),
      p(
        "Small organisations like ours are usually asked to report numbers that are easy to count: how many people came through the door, how many sessions we delivered. Those numbers matter for planning, but they say nothing about whether anyone's life got better. We wanted a report that the people who use our services would recognise as describing their experience.",
      ),
      p(
        'So before we decided what to measure, we asked. Over two months, we held four open sessions and gathered written comments from more than sixty people about what a "good outcome" would look like for them.',
      ),
      h3('What people told us mattered'),
      ul([
        'Feeling more able to cope with day-to-day life.',
        'Sleeping better and feeling physically healthier.',
        'Having people to turn to — friends, family, a group.',
        'Being safer: fewer crises, fewer risky situations.',
        'Reaching goals they set themselves, whether that was stopping, cutting down or something else entirely.',
      ]),
      p(
        'Notice what is *not* on that list as a headline: a single figure for "abstinence". Many people do want to stop using alcohol or drugs completely, and we support that. But people were clear that recovery looks different for different people, and that a report which counted only one kind of success would miss most of what happens here.',
      ),
      h2('What we measured'),
      p(
        "We settled on four measures, each collected at the first appointment and again after three and six months, with the person's agreement:",
      ),
      ol([
        '**A short wellbeing questionnaire**, in which people rate statements such as "I have been feeling able to deal with problems" on a five-point scale.',
        '**Personal goals.** Each person names up to three goals in their own words and rates how close they feel to each one.',
        '**A connection question:** "How many people could you call on if you needed help this week?"',
        '**Safety events**, recorded by workers: emergency department visits, police contact and nights without a safe place to sleep that people tell us about.',
      ]),
      h3('What we did not measure'),
      p(
        'We chose not to use urine or breath testing as an outcome measure. Our service is voluntary and built on trust, and people told us that routine testing would make them less likely to be honest — and less likely to come at all.',
      ),
      h2('What we found'),
      p(
        'Of the people who had a first appointment during the year, just over half completed a follow-up questionnaire at three months. That is a limitation we return to below. Among those who did:',
      ),
      ul([
        'About **two-thirds** reported higher wellbeing scores at three months than at the start, and most of those improvements held at six months.',
        'People felt, on average, noticeably closer to their own goals — and the goals that moved most were about relationships and routine, not substances.',
        'The median number of people someone could call on rose from **one to three**.',
        'Safety events fell by around a third, although the numbers are small and we are cautious about reading too much into them.',
      ]),
      quote(
        'The report shows that people got better at the things they told us they wanted to get better at. That sounds obvious, but it is the first time we have been able to show it. — Priya',
      ),
      h3('Where we fell short'),
      p('The report is honest about where we did less well:'),
      ul([
        '**Waiting times** for one-to-one counselling were too long for much of the year, with a median wait of five weeks. We are extending our opening hours into the evening so that nobody waits with nothing.',
        '**Young people** were under-represented, which led directly to the [Saturday space](/en/news/saturday-space-for-young-people).',
        '**Men over fifty** were the group least likely to come back after a first appointment. We are working with the walking group and local employers to understand why.',
      ]),
      h2('The limits of the numbers'),
      p(
        'Reports like this are easy to over-read. The people who fill in a follow-up questionnaire are often the people who are doing well enough to answer it; people going through a hard time may drop out of contact. That means our figures probably look rosier than the full picture. We have tried to be clear about this throughout the report and we would rather publish modest, careful findings than impressive ones we cannot stand behind.',
      ),
      p(
        "There is a second, quieter limit. Questionnaires can only capture what they ask about. A person who is still drinking but has reconnected with their children, or who has kept a tenancy for the first time in years, may show little change on a wellbeing scale. That is why the report includes a short section of comments, in people's own words, alongside the figures.",
      ),
      p(
        'We also cannot say what would have happened to people *without* our support. Some would have improved anyway. A study that could answer that question properly is beyond what a service of our size can run, but we are talking to a local university about working together in future.',
      ),
      h2('Reading the open data'),
      p(
        'Alongside the report we have published an anonymous summary file so that anyone — commissioners, students, curious neighbours — can check our working. Each row is a three-month period; no row describes an individual person, and we have removed any figure based on fewer than ten people. The first lines look like this:',
      ),
      code(
        'period,people_supported,first_appointments,median_wait_days,followups_completed,wellbeing_improved\n' +
          'Q1,212,61,33,31,20\n' +
          'Q2,238,74,36,40,27\n' +
          'Q3,251,69,29,38,25\n' +
          'Q4,263,80,18,45,31',
        'csv',
      ),
      p(
        'The `wellbeing_improved` column counts people whose score at three months was higher than at the start, out of those in `followups_completed`. It is not a percentage of everyone we supported, and it should not be read as one.',
      ),
      h2('What happens next'),
      ol([
        'We will repeat the report every year, using the same measures so that years can be compared.',
        'We are working to raise the follow-up rate, including by offering the questionnaire by text message after a [six-month pilot of text check-ins](/en/news/what-we-learned-from-text-check-ins).',
        'A group of people who use our services will review the next report before it is published, and will write a section of their own.',
      ]),
      p(
        'The [full report and the data file](https://example.org/harbour-lane/outcomes-report) can be downloaded. If you would like a printed copy, or an easy-read version, ask at reception. And if you took part in the questionnaires this year: thank you. Every answer helped.',
      ),
    ],
  },
  {
    slug: 'five-myths-about-harm-reduction',
    title: 'Five common myths about harm reduction',
    excerpt:
      'Harm reduction means meeting people where they are and keeping them as safe as possible. It is often misunderstood. We look at five things people commonly believe about it, and what our experience shows instead.',
    daysAgo: 88,
    category: 'research-policy',
    author: 'priya-raman',
    tags: ['harm-reduction'],
    cover: 'cover-bridge-sea.jpg',
    body: [
      p(
        'Harm reduction is a simple idea: whatever choices someone is making today, they deserve to be as safe and healthy as possible while they make them. It is part of almost everything we do at Harbour Lane, and it is still one of the most misunderstood parts of our work.',
      ),
      h2('Myth 1: "It means giving up on recovery"'),
      p(
        'It means the opposite. Keeping someone alive and well keeps the door to change open. Many of the people who are now in long-term recovery with us first came in for practical, non-judgemental help — not because they were ready to stop.',
      ),
      h2('Myth 2: "It encourages people to use more"'),
      p(
        'In our experience, people do not start drinking or using drugs because safety information exists. What changes is that they take fewer risks and are more likely to talk to us when they are ready.',
      ),
      h2('Myth 3: "It is only about drugs"'),
      p(
        'Harm reduction applies to alcohol, to gambling, to self-harm, and to everyday choices. For example:',
      ),
      ul([
        'Cutting down rather than stopping straight away.',
        'Never using alone, and telling someone where you are.',
        'Eating before drinking, and alternating with water.',
        'Having a plan for getting home safely.',
      ]),
      h2('Myth 4: "Abstinence and harm reduction are opposites"'),
      p(
        "They sit on the same path. Some people's goal is to stop completely, and we support that *fully*. Others want to cut down first. Some change their goals along the way. A good service makes room for all of these.",
      ),
      h2('Myth 5: "Families should not be involved"'),
      p(
        'Families and friends are often the first to notice when someone is at risk, and they can play a huge part in keeping people safe. Our [family workshops](/en/news/family-evening-workshops-return) include a session on what to do in an emergency.',
      ),
      quote(
        'The first time someone here asked me how I could use more safely, rather than telling me to stop, was the first time I felt like a person. — someone we support',
      ),
      h3('In an emergency'),
      ol([
        'If someone is unresponsive, is struggling to breathe, or you are worried they have taken too much of something, **call your local emergency number immediately**.',
        'If they are breathing, put them on their side so their airway stays clear.',
        'Stay with them until help arrives, and tell the emergency services what you know about what they took.',
      ]),
    ],
  },
  {
    slug: 'why-stable-housing-belongs-in-every-recovery-plan',
    title: 'Why stable housing belongs in every recovery plan',
    excerpt:
      'It is hard to focus on recovery without a safe place to sleep. We explain why we now ask about housing at every first appointment, and what we are asking local decision-makers to change.',
    daysAgo: 142,
    category: 'research-policy',
    author: 'maya-lindqvist',
    tags: ['housing'],
    cover: 'cover-window-sand.jpg',
    body: [
      p(
        "Of all the things that get in the way of recovery, losing a safe place to live is one of the hardest to overcome. It is difficult to keep appointments, take medication or rebuild routines while sleeping on a friend's sofa or worrying about the next eviction letter.",
      ),
      h2('What we see'),
      p(
        'Over the last year, around **one in five** people who came to us for a first appointment told us their housing was insecure. For many, housing problems and mental health or substance use problems had grown together, each making the other worse.',
      ),
      h3('Why the two go together'),
      p(
        'Losing a home is *frightening*, and fear drives the habits people use to cope. At the same time, a crisis can make it harder to pay rent, open letters or keep a tenancy. Stigma plays a part too: as [our neighbourhood survey](/en/news/what-our-neighbours-told-us-about-stigma) found, some people still hold harsh views about addiction, and a few of them are landlords.',
      ),
      h2('What we have changed'),
      ul([
        'Every first appointment now includes a simple question about where the person is sleeping.',
        'Two of our support workers have completed specialist housing advice training.',
        'We hold a weekly session with a local tenancy advice volunteer at the centre.',
        'We work with landlords in the area to help tenants keep their homes during a crisis.',
      ]),
      h2('What we are asking for'),
      p(
        "Some of the barriers are beyond what a small service can fix. In our response to the district's housing consultation, we asked for:",
      ),
      ol([
        'Tenancy support to continue during a stay in treatment, so people do not come out homeless.',
        'A named contact in the housing office for people referred by recovery services.',
        'More single-person homes near public transport and support services.',
      ]),
      quote("Nobody's recovery plan should depend on how lucky they are with a landlord."),
      p(
        "We will report on how housing support affects people's progress in our first outcomes report, due later this year.",
      ),
    ],
  },
  {
    slug: 'what-we-learned-from-text-check-ins',
    title: 'What we learned from a six-month pilot of text check-ins',
    excerpt:
      'Between appointments, we sent short, friendly text messages to people who asked for them. Replies, opt-outs and feedback from six months show what helped and what felt intrusive.',
    daysAgo: 170,
    category: 'research-policy',
    author: 'priya-raman',
    tags: ['evaluation'],
    cover: 'cover-chart-sea.jpg',
    body: [
      p(
        'Six months ago we began a small experiment. People who wanted it could receive a short text message from their worker once or twice a week between appointments, asking how they were and offering a reminder of what was on at the centre. Now that the pilot has ended, we have looked at what happened.',
      ),
      h2('How the pilot worked'),
      ul([
        'Taking part was entirely optional, and anyone could stop at any time by replying STOP.',
        'Messages were written by workers, not generated automatically, and signed with their first name.',
        'People chose the day and the time window that suited them.',
        'Replies were read by the worker during working hours only, which we explained clearly at the start.',
      ]),
      h3('A typical message'),
      p('We tested several styles. The one people liked most was short and gave an easy way to reply:'),
      code(
        'Hi Sam, it is Jo from Harbour Lane. Just checking in — how has this week been?\n' +
          'Reply with a number if that is easier: 1 = good, 2 = so-so, 3 = hard.\n' +
          'Evening drop-in is on Thursday until 9pm. Reply STOP to stop these messages.',
        'plaintext',
      ),
      h2('What we found'),
      ul([
        'Around **seventy people** took part; fewer than one in ten chose to stop during the six months.',
        'The number-only reply was used in most responses, and many people said it made it easier to admit a hard week.',
        'People who received check-ins were more likely to attend their next appointment.',
        'A small number found the messages intrusive, especially when a phone was shared with family. We now ask about this before anyone signs up.',
      ]),
      quote(
        'Sometimes I could not face talking, but I could send a 3. And then someone called me. — pilot participant',
      ),
      h2('What happens next'),
      p(
        'Text check-ins will become a standard option, and we will use the same approach to send the follow-up questions for our first outcomes report. Some workers have started adding a question from our [weekly wellbeing checklist](/en/news/a-gentle-weekly-wellbeing-checklist), which people say gives the messages a *gentler* feel.',
      ),
      h3('How to sign up'),
      ol([
        'Ask your worker, or tell reception you would like check-ins.',
        'Choose the days and the time window that suit you.',
        'Tell us if anyone else can see your phone, so we can agree what the messages say.',
        'Reply STOP at any time; you can always start again.',
      ]),
    ],
  },
  {
    slug: 'what-our-neighbours-told-us-about-stigma',
    title: 'What our neighbours told us about stigma',
    excerpt:
      'We asked three hundred local residents how they feel about mental health and addiction services in their neighbourhood. The answers were kinder than we expected, with some important exceptions.',
    daysAgo: 240,
    category: 'research-policy',
    author: 'priya-raman',
    tags: ['evaluation'],
    cover: 'cover-chart-coral.jpg',
    body: [
      p(
        'When we expanded the centre last year, a few neighbours raised concerns. Rather than guess what the wider community thought, we asked. Volunteers knocked on doors, stood outside the library and handed out short paper surveys at the market. Just over three hundred people replied.',
      ),
      h2('What we asked'),
      ol([
        'Have you heard of Harbour Lane Health, and do you know what we do?',
        'How comfortable would you feel if a friend or relative used our services?',
        'What words come to mind when you think of someone in recovery from addiction?',
        'What, if anything, worries you about a service like ours in your area?',
      ]),
      h2('What people said'),
      ul([
        'Most people were comfortable with the idea of a friend or relative using our services.',
        'The words people used about recovery were mostly positive: *"brave"*, *"hard work"*, *"second chance"*.',
        'Concerns centred on litter, late-night noise and people gathering outside — practical issues we can work on.',
        'A minority used harsh or blaming language, particularly about drug use. This was more common among people who said they did not know anyone affected.',
      ]),
      h3('Knowing someone makes a difference'),
      p(
        'The clearest pattern in the answers was that **people who knew someone in recovery were much less likely to express stigma**. That supports what we already believed: the more people share their stories, the more attitudes change.',
      ),
      quote(
        'Stigma keeps people away from help. Every conversation that makes recovery feel ordinary is worth having.',
      ),
      h2('What we are doing'),
      ul([
        'An open day twice a year so neighbours can see what we do.',
        'A named contact for residents with concerns, who replies within a week.',
        'Publishing more [recovery stories](/en/category/recovery-stories), with permission.',
      ]),
    ],
  },
  {
    slug: 'looking-back-on-our-year',
    title: 'Looking back on our year: what changed and what did not',
    excerpt:
      'A new building, longer opening hours and a record number of volunteers — but also longer waits than we wanted and some hard goodbyes. Maya looks back on the year at Harbour Lane Health.',
    daysAgo: 352,
    category: 'research-policy',
    author: 'maya-lindqvist',
    tags: ['evaluation', 'volunteering'],
    cover: 'cover-waves-dawn.jpg',
    seo: {
      metaTitle: 'Our year at Harbour Lane Health',
      metaDescription:
        'New rooms, longer hours, more volunteers — and the things that did not go as planned. A look back at the year.',
    },
    body: [
      p(
        'Every year at this time we sit down as a team, look back at the twelve months that have passed, and try to be honest about them. This is the public version of that conversation. It is longer than most of our news articles, because it has been a long year.',
      ),
      h2('The building'),
      p(
        'Early in the year we finally moved into the refurbished centre on Harbour Lane. For years we had worked out of four small rooms and a corridor; now we have a lounge, eight private rooms, a kitchen, a garden and a courtyard entrance that means nobody has to walk in past a busy street.',
      ),
      p(
        'The move was not painless. For six weeks we ran services from the community hall and the library, and a few people lost touch with us during the disruption. We are still following up with some of them.',
      ),
      h3('What the space has made possible'),
      ul([
        'Groups can now run at the same time as one-to-one sessions without anyone being turned away for lack of a room.',
        'The kitchen has made shared meals a regular part of the week.',
        'The garden has given us a place for people to be that is not about talking.',
        'The courtyard entrance has made it easier for people to come in discreetly.',
      ]),
      h2('The people'),
      p(
        'We supported more people this year than in any previous year, and more of them came back after their first appointment. Behind those figures are hundreds of individual stories, a few of which people have chosen to share on this site.',
      ),
      h3('Volunteers'),
      p(
        "Our volunteer team grew from fourteen people to thirty-one. Volunteers welcomed people at the door, co-led groups, cooked, gardened, drove people to appointments and answered the phone. Several are people who first came to us for help. We could not run the centre without them, and we do not take that for granted. This year we also started thanking them properly: a volunteers' supper in the garden, a certificate for everyone who completed the training, and a simple promise that any volunteer can ask for a reference whenever they need one.",
      ),
      quote(
        'The volunteers are the reason the centre feels like somewhere, not just a service. — a member of the walking group',
      ),
      h3('Staff'),
      p(
        'Two long-serving colleagues retired this year, taking more than thirty years of experience with them. We welcomed four new staff, including our first dedicated youth worker. The team also did something we are proud of: everyone, including managers, completed the same listening training our volunteers take.',
      ),
      h3('Money'),
      p(
        'Like every small charity, we spent more time than we would like worrying about money. Two grants ended this year and one was renewed for only twelve months. We were helped enormously by local people: the sponsored walk raised more than we had dared hope, a bakery donated bread every Friday, and dozens of people set up small monthly donations. *Every one of them* made a difference. Next year we will publish a simple breakdown of where our money comes from and how it is spent, so that supporters can see exactly what their help pays for.',
      ),
      h2('What went well'),
      ol([
        '**Peer support became part of everything.** The weekly peer support circles started this year and quickly became one of the things people value most.',
        '**We listened to families.** Demand for the family workshops doubled, and we added a second group.',
        '**We started measuring what matters.** For the first time we asked people what a good outcome looks like for them, and built our measures around their answers.',
        '**We got out of the building.** Outreach sessions in the library and the community hall reached people who would never have walked into the centre.',
      ]),
      h2('What did not go well'),
      p(
        'It would be easy to write only about the good things. But the people who rely on us deserve to know where we fell short.',
      ),
      h3('Waiting times'),
      p(
        'Waiting times for one-to-one counselling were too long for much of the year, at times reaching seven weeks. The combination of the move, staff changes and rising demand was more than our capacity could absorb. We have recruited an additional counsellor and reorganised how we allocate appointments, and the waits are now shorter — but not yet short enough.',
      ),
      h3('Losing touch'),
      p(
        'We know that some people who came to us once did not come back, and we do not always know *why*. Some will have got what they needed; others will have found the first step too hard, or the wait too long. Next year we will contact people who do not return, with their agreement, to ask what would have helped.',
      ),
      h3('Grief'),
      p(
        'This year, members of our community died. Some were people we had supported for years; one was a volunteer. Each loss was felt deeply by staff, volunteers and the people who knew them. We held a remembrance afternoon in the garden a few weeks ago, and we will make it an annual event.',
      ),
      quote('Remembering them together is part of how we keep going. — a volunteer'),
      h2('Looking ahead'),
      p('Next year, our priorities are:'),
      ol([
        'Bring the median wait for one-to-one counselling under three weeks.',
        'Open the Saturday space for young people aged 16 to 25.',
        'Start longer evening opening hours, so people who work can reach us.',
        'Publish our first full outcomes report, with a section written by people who use our services.',
        'Train a further twenty volunteers.',
      ]),
      h2('Thank you'),
      p(
        "None of these priorities is new, and some of them appeared in last year's list as well. We would rather set a few goals and report honestly on them than promise everything and deliver little. We will publish an update halfway through the year, good news or not.",
      ),
      p(
        'To everyone who walked through our doors this year, everyone who volunteered, donated, sent a card or simply told a friend about us: thank you. To anyone who is thinking about getting in touch for the first time, our [services pages](/en/category/services) explain what happens — and if you need help urgently, please **call your local emergency number**.',
      ),
      p(
        'If you have thoughts on what we should focus on next, tell us: there is a suggestions box in the lounge, and every note in it is read. See you next year.',
      ),
    ],
  },
];
