// Original filler text for generated articles: a deterministic pseudo-random stream of words from a
// small newsroom vocabulary, with topic words so that searches have realistic hit rates (a topic word
// such as "sleep" appears in roughly one article in twenty, a common word in most of them).

/** Mulberry32: tiny, fast, seeded. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = `the of and to a in for is on that with as it at by from this be are we our was will
have has people support team service group week year local new more help time work day centre
community about after they their when also can who which one two three some many open staff
volunteers families session sessions meeting neighbourhood place talk first other next each way
during before between every still often together care health change plan visit share news story`.split(/\s+/);

export const TOPICS = [
  ['sleep', 'sleep rest night insomnia bedtime tired routine dreams nap waking'],
  ['housing', 'housing tenancy rent landlord shelter home keys hostel move flat'],
  ['families', 'families parents children carers siblings grandparents school kitchen meals homework'],
  ['recovery', 'recovery relapse milestones sobriety steps journey clean hope courage anniversary'],
  ['workplace', 'workplace employers shifts manager colleagues payroll training interview job office'],
  ['youth', 'youth teenagers students college mentors skatepark music games apprenticeship exams'],
  ['research', 'research evaluation survey findings data outcomes study measures trial results'],
  [
    'volunteering',
    'volunteering volunteer rota befriending driving gardening reception training thanks badge',
  ],
  ['events', 'events festival fundraiser walk concert raffle stall bake quiz ceremony'],
  ['self-care', 'selfcare breathing journaling walking stretching kindness boundaries hobbies nature calm'],
  ['harm-reduction', 'harmreduction naloxone outreach needles testing overdose safety van kits advice'],
  ['peer-support', 'peersupport circle listening lived experience buddy mutual sharing welcome trust'],
  ['policy', 'policy council funding budget consultation commissioners strategy report minister law'],
  ['food', 'food pantry groceries cooking recipes lunch garden harvest vouchers breakfast'],
  ['money', 'money debt benefits budgeting bills advice grants savings credit income'],
  ['anxiety', 'anxiety panic worry fear calmness therapy breathing triggers exposure coping'],
  ['grief', 'grief loss bereavement memorial remembrance mourning comfort candles stories goodbye'],
  ['digital', 'digital online phone app website helpline chat video wifi laptop'],
  ['outdoors', 'outdoors park coast hills cycling swimming trail picnic birds weather'],
  ['arts', 'arts painting pottery theatre poetry choir workshop exhibition craft photography'],
];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(random, topicWords, length) {
  const words = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    words.push(
      r < 0.18
        ? pick(random, topicWords)
        : r < 0.19
          ? pick(random, pick(random, TOPICS)[1])
          : pick(random, COMMON),
    );
  }
  return `${capital(words.join(' '))}.`;
}

/** Title, excerpt and a blocks body of about `words` words, for topic `topic` (index into TOPICS). */
export function article(random, topic, words) {
  const topicWords = TOPICS[topic][1].split(' ');
  const title = capital(
    `${pick(random, topicWords)} ${pick(random, COMMON)} ${pick(random, topicWords)} ${pick(random, ['update', 'news', 'week', 'story', 'guide', 'report'])}`,
  );
  const excerpt = sentence(random, topicWords, 24);
  const body = [];
  let written = 0;
  while (written < words) {
    if (body.length > 0 && body.length % 4 === 0) {
      body.push({
        type: 'heading',
        level: 2,
        children: [{ type: 'text', text: sentence(random, topicWords, 5).slice(0, -1) }],
      });
    }
    const sentences = [];
    for (let s = 0; s < 5 && written < words; s++) {
      const length = Math.min(10 + Math.floor(random() * 12), Math.max(1, words - written));
      sentences.push(sentence(random, topicWords, length));
      written += length;
    }
    body.push({ type: 'paragraph', children: [{ type: 'text', text: sentences.join(' ') }] });
  }
  return { title, excerpt, body, readingTime: Math.max(1, Math.round(words / 200)) };
}
