// English articles in the Services category.
import { h2, h3, ol, p, quote, ul } from '../../../blocks';
import type { SeedArticle } from '../../../types';

export const servicesArticles: SeedArticle[] = [
  {
    slug: 'evening-drop-in-sessions-now-open',
    title: 'Evening drop-in sessions now open on Tuesdays and Thursdays',
    excerpt:
      'From this month the Harbour Lane centre stays open until 9pm twice a week, so people who work or care for others during the day can talk to someone without an appointment.',
    daysAgo: 9,
    category: 'services',
    author: 'maya-lindqvist',
    tags: ['peer-support', 'events'],
    cover: 'cover-window-dusk.jpg',
    seo: {
      metaTitle: 'Evening drop-in sessions at Harbour Lane Health',
      metaDescription:
        'No appointment needed: talk to a support worker or peer volunteer on Tuesday and Thursday evenings until 9pm.',
      shareCover: true,
    },
    body: [
      p(
        'For years the most common thing people told us was simple: *"I would come, but you are closed when I can get there."* From this month, that changes. The centre on Harbour Lane now stays open until **9pm every Tuesday and Thursday**, and no appointment is needed.',
      ),
      h2('Who the evenings are for'),
      p(
        'The evening sessions are open to anyone aged 18 or over who is worried about their mental health, their drinking or drug use, or someone close to them. You do not need a referral and you do not need to have used our services before.',
      ),
      ul([
        'People who work during the day and cannot take time off without explaining why.',
        'Parents and carers who can only get away once the children are in bed.',
        'Anyone who finds a busy daytime waiting room hard to face.',
        'Family members and friends who want to talk about someone they are worried about.',
      ]),
      h2('What happens when you arrive'),
      p(
        'A member of the team will meet you at the door, offer you a drink and find a quiet room. You can talk for ten minutes or for an hour. There are no forms to fill in on your first visit unless you want to book further support.',
      ),
      ol([
        'Come in through the side entrance, which is lit and step-free.',
        'Tell the person at the desk your first name — or any name you like.',
        'Wait in the lounge or go straight to a private room if one is free.',
        'Talk with a support worker or a trained peer volunteer.',
        'Leave with a plan, a leaflet, or simply a chance to have said things out loud.',
      ]),
      h3('Who you will meet'),
      p(
        'Each evening is staffed by two support workers and at least one **peer volunteer** — someone with their own experience of recovery who has completed our listening training. You can ask to speak to either.',
      ),
      quote(
        'We wanted the evenings to feel like dropping in on a friend who happens to know a lot about getting help. — Tomás, peer support coordinator',
      ),
      h2('If you need help urgently'),
      p(
        'The drop-in is not an emergency service. If you or someone else is in immediate danger, **call your local emergency number** or go to the nearest emergency department. Our [page about what we offer](/en/category/services) lists other ways to reach us during the day.',
      ),
    ],
  },
  {
    slug: 'saturday-space-for-young-people',
    title: 'A new Saturday space for young people aged 16 to 25',
    excerpt:
      'Young people told us they wanted somewhere relaxed to talk about stress, substances and everything in between. The Saturday space opens next month, shaped by a panel of twelve local 16 to 25 year olds.',
    daysAgo: 115,
    category: 'services',
    author: 'owen-hartley',
    tags: ['young-people', 'peer-support'],
    cover: 'cover-stones-dusk.jpg',
    body: [
      p(
        'Last year we asked young people in the area what would make them more likely to ask for help. The answers were consistent: somewhere that does not feel like a clinic, people who do not lecture, and opening hours that fit around college and part-time jobs. The **Saturday space** is our response.',
      ),
      h2('Designed with young people, not just for them'),
      p(
        'Twelve local 16 to 25 year olds have met with us every fortnight for the past six months. They chose the name, the opening times and the furniture, and they rewrote our leaflets twice. Their most important decision was that the space should have *something to do* — so there will be games, art materials and a kitchen, not just chairs facing each other.',
      ),
      h3('What they asked us to promise'),
      ul([
        'Nobody will be told off for what they say about their drinking or drug use.',
        'Staff will explain what they write down and who can see it.',
        'You can bring a friend, and the friend does not have to explain why they came.',
        'Nothing about you will be shared with your school, college or family without your agreement, unless someone is at serious risk.',
      ]),
      h2('Opening times and how to find us'),
      p(
        'The space is open every Saturday from **11am to 4pm** in the upstairs rooms at the Harbour Lane centre, with its own entrance from the courtyard. Just turn up. If you would rather message first, the contact form on our [services page](/en/category/services) reaches the youth team directly.',
      ),
      h3('Sessions we are planning'),
      ol([
        'Open hours: drop in, hang out, talk if you want to.',
        'Stress and exams: practical ways to handle pressure, run by two of the panel members.',
        'Straight answers about substances: a monthly session where nothing is off limits.',
        'Creative afternoons: music, zines and photography with local volunteers.',
      ]),
      quote(
        'I wanted a place where the first question is not "what is wrong with you?" but "do you want a tea?" — member of the youth panel, 19',
      ),
      p(
        'If you are a parent or carer wondering how to bring it up, Owen also runs the [family evening workshops](/en/news/family-evening-workshops-return), which many parents have found useful.',
      ),
    ],
  },
  {
    slug: 'family-evening-workshops-return',
    title: 'Family evening workshops return next month',
    excerpt:
      'Our six-week workshops for relatives and friends of people affected by addiction come back next month, with a new session on looking after your own sleep and health.',
    daysAgo: 156,
    category: 'services',
    author: 'owen-hartley',
    tags: ['families', 'events'],
    cover: 'cover-table-coral.jpg',
    body: [
      p(
        'The family evening workshops are back. Over six Wednesday evenings, small groups of relatives and friends meet to learn, share and — just as importantly — realise they are *not the only ones* going through this.',
      ),
      h3('Who the workshops are for'),
      ul([
        'Parents, partners, brothers and sisters, grown-up children and close friends.',
        'People whose relative is still drinking or using, as well as those whose relative is in recovery.',
        'Anyone who has been affected, even if they are no longer in contact with the person.',
      ]),
      h2('What the six weeks cover'),
      ol([
        'Understanding addiction without blame.',
        'Conversations that open doors rather than close them.',
        'Boundaries that protect you and still show you care.',
        'Looking after your own sleep, health and friendships (new this year).',
        'What treatment and recovery can look like.',
        'Planning for setbacks, and what to do in a crisis.',
      ]),
      p(
        'Groups are capped at ten people. Each session runs from **6.30pm to 8.30pm** and includes a light supper. There is no charge, and you do not need the person you are worried about to be in contact with us.',
      ),
      h2('How to join'),
      p(
        'Places are allocated in the order we hear from people. Ask at reception, or leave your details through our [services page](/en/category/services) and Owen will call you back within two working days.',
      ),
      quote(
        'I came for my brother and ended up learning how to look after myself as well. — workshop participant',
      ),
    ],
  },
  {
    slug: 'your-first-appointment-what-to-expect',
    title: 'Your first appointment at Harbour Lane: what to expect',
    excerpt:
      'Booking a first appointment can feel like the hardest step. This guide walks through what happens before, during and after, who you will meet, what we ask and why, and how to tell us what you need.',
    daysAgo: 4,
    category: 'services',
    author: 'maya-lindqvist',
    tags: ['peer-support'],
    cover: 'cover-lighthouse-sea.jpg',
    seo: {
      metaTitle: 'Your first appointment at Harbour Lane Health',
      metaDescription:
        'What happens before, during and after a first appointment, who you will meet, and how to tell us what you need.',
    },
    body: [
      p(
        'Many people tell us that booking the first appointment was harder than anything that came after it. Not knowing what will happen makes it easy to put off. This guide sets out, step by step, what a first appointment at Harbour Lane looks like, so there are fewer surprises. If something here does not match your experience, we want to hear about it.',
      ),
      h2('Before you come'),
      p(
        'You can book a first appointment *yourself* — by phone, in person at reception or through the form on our [services page](/en/category/services). A doctor or another professional can also refer you, but you do not need them to. Whichever way you choose, someone from the team will contact you within **three working days** to arrange a time.',
      ),
      h3('Choosing a time and a place'),
      p(
        'Most first appointments happen at the Harbour Lane centre, but they do not have to. We can meet by video call, by phone, or at one of our outreach points in the library and the community hall. If you have children with you, tell us and we will find a room with space for them.',
      ),
      h3('What to bring'),
      ul([
        'Nothing is required. You do not need identification or paperwork.',
        'If you take any medication, a list of names and doses is helpful but optional.',
        'Some people like to write down a few things they want to say, in case nerves take over.',
        'You are welcome to bring a friend or family member for some or all of the conversation.',
      ]),
      h3('If you need adjustments'),
      p(
        'Tell us anything that would make the appointment easier: an interpreter, a quieter time of day, step-free access, a worker of a particular gender, or extra time. We ask this when we call to book, but you can raise it at any point, including on the day.',
      ),
      h2('On the day'),
      p(
        'When you arrive, the person on reception will ask for your first name and let your worker know you are here. The waiting area is small and there is a quieter room next to it if you would rather not sit with others. If you are running late or cannot come, let us know — there is no penalty for rearranging, and a missed appointment does not mean you lose your place.',
      ),
      h3('Who you will meet'),
      p(
        'Your first appointment is with a **support worker**. Support workers come from a range of backgrounds, including nursing, social work and counselling, and several have their own experience of recovery. Where it helps, a peer volunteer may join for part of the conversation, but only if you agree.',
      ),
      h3('How long it takes'),
      p(
        'Allow about an hour. Some conversations are shorter. If you need to stop early, that is fine: you can finish another day.',
      ),
      h2('What we will ask, and why'),
      p(
        'The aim of the first conversation is to understand what is going on for you and what you want to change — not to judge or to label you. Your worker will ask about a few areas. You can decline any question.',
      ),
      ol([
        '**What brought you here now.** Often there is a particular moment that made you decide to get in touch. Knowing it helps us understand what matters most.',
        '**What a typical week looks like.** Including sleep, work, caring responsibilities, and, if relevant, drinking or drug use. We ask about amounts only to plan safely, not to catch anyone out.',
        '**Your physical health.** Some of what people go through affects the body as well as the mind, and some changes — such as stopping alcohol suddenly after heavy use — can be risky without medical support.',
        '**Who is around you.** Friends, family, neighbours, colleagues: the people who help and, sometimes, the people who make things harder.',
        '**What you want.** Some people want to stop something completely, some want to cut down, some want to feel less overwhelmed. All of these are reasonable starting points.',
      ]),
      quote(
        'Nobody asked me to promise anything. They asked what I wanted the next month to look like, and that was a question I could actually answer. — someone who came to us last year',
      ),
      h3('What we write down'),
      p(
        'Your worker will take brief notes so you do not have to repeat yourself later. You can ask to see them. Notes are stored securely and shared only with the people directly involved in your support. We will explain the few situations in which we might need to share information without your agreement — mainly when someone is at serious risk of harm — so you can decide what you say with that in mind.',
      ),
      h2('After the appointment'),
      p(
        'Before you leave, you and your worker will agree what happens next. That might be one thing or several. Typical next steps include:',
      ),
      ul([
        'Regular one-to-one sessions with the same worker.',
        'A place in a [peer support circle](/en/news/a-year-of-peer-support-circles) that meets weekly.',
        'Help with practical matters such as housing, benefits or letters from your employer.',
        'A referral to a doctor for a health check or for medication, with your agreement.',
        'Information for your family, or a place on the [family evening workshops](/en/news/family-evening-workshops-return).',
        'Nothing further for now, with an open invitation to come back.',
      ]),
      h3('If there is a wait'),
      p(
        'Some of our services have waiting lists, particularly one-to-one counselling. If you have to wait, we will tell you roughly how long and what you can use in the meantime — the [evening drop-in](/en/news/evening-drop-in-sessions-now-open), the peer circles and our online resources are all available straight away. We will check in with you at least once a month while you wait.',
      ),
      h2('Your rights'),
      p(
        'You can change your worker without giving a reason. You can stop coming and start again later. You can make a complaint, and doing so will not affect the support you receive. You can ask us what information we hold about you. And you can bring someone with you to any appointment, for any reason.',
      ),
      h2('When to get help straight away'),
      p(
        'Our appointments are planned support, not an emergency service. If you feel unable to keep yourself safe, or you are worried that someone else is in immediate danger, **call your local emergency number** or go to the nearest emergency department. If you are not sure whether it is an emergency, it is better to call and ask.',
      ),
      p(
        'If you have more questions about the first appointment, our reception team is happy to answer them — and there are no wrong questions. You can also read [what our evaluation found](/en/news/measuring-what-matters-our-first-outcomes-report) about what helped people most in their first months with us.',
      ),
    ],
  },
  {
    slug: 'free-training-for-local-employers',
    title: 'Free training for local employers on supporting staff',
    excerpt:
      'Managers from twenty local businesses have now taken our half-day course on mental health and substance use at work. Places on the next three sessions are open to any employer in the district.',
    daysAgo: 318,
    category: 'services',
    author: 'owen-hartley',
    tags: ['workplace'],
    cover: 'cover-window-mist.jpg',
    body: [
      p(
        "Work can be one of the strongest supports in someone's recovery — or one of the biggest pressures. Over the past six months we have run a free half-day course for local managers, and twenty businesses, from a bakery with six staff to a logistics firm with three hundred, have now taken part.",
      ),
      h2('What the course covers'),
      p(
        'The course is *practical rather than clinical*. Nobody leaves as an expert, and nobody is expected to. Managers leave with **a few tested phrases, a plan and a contact** for when they need advice.',
      ),
      ul([
        'Noticing when a colleague might be struggling, without guessing or diagnosing.',
        'Starting a private conversation that feels supportive rather than disciplinary.',
        'Reasonable adjustments that cost little and help a lot, such as flexible start times for appointments.',
        'Keeping the door open during sick leave and planning a gradual return.',
        'Looking after yourself as a manager when a conversation is difficult.',
      ]),
      h3('How it is run'),
      p(
        'Sessions are led by Owen and a peer trainer who has been through a return to work themselves. There are no slides full of statistics: most of the morning is spent practising real conversations in pairs. Participants take home a short guide written in plain language, which is also [available to download](https://example.org/harbour-lane/guide-for-managers).',
      ),
      ol([
        'Welcome, and what managers are most worried about (30 minutes).',
        'What mental health problems and addiction can look like at work (45 minutes).',
        'Practising the first conversation, in pairs (60 minutes).',
        'Adjustments, sick leave and planning a return (45 minutes).',
        'Questions, and where to get help afterwards (30 minutes).',
      ]),
      quote(
        'I had been avoiding a conversation for months because I was scared of saying the wrong thing. I had it the week after the course and it went better than I could have hoped. — manager at a local shop',
      ),
      h2('Book a place'),
      p(
        'The next three sessions are open to any employer in the district, and there is no charge. Ask for Owen at reception or use the form on our [services page](/en/category/services). If you are an employee, our article on [returning to work after treatment](/en/news/returning-to-work-after-treatment) may also help.',
      ),
    ],
  },
];
