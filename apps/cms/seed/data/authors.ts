// The four (fictional) staff members who write for the newsroom.
import type { SeedAuthor } from '../types';

export const authors: SeedAuthor[] = [
  {
    slug: 'maya-lindqvist',
    name: 'Maya Lindqvist',
    bio: 'Maya leads communications at Harbour Lane Health. Before joining the team she spent ten years as a local reporter, and she still believes the best stories start with a cup of tea and a good question.',
    avatar: 'avatar-maya-lindqvist.jpg',
  },
  {
    slug: 'tomas-ferreira',
    name: 'Tomás Ferreira',
    bio: 'Tomás coordinates our peer support programme. He has been in recovery for eleven years and trains the volunteers who run our evening circles. He writes in English and Spanish.',
    avatar: 'avatar-tomas-ferreira.jpg',
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    bio: 'Priya looks after research and evaluation. She turns anonymous feedback and attendance figures into plain-language reports, and makes sure what we learn changes what we do.',
    avatar: 'avatar-priya-raman.jpg',
  },
  {
    slug: 'owen-hartley',
    name: 'Owen Hartley',
    bio: 'Owen works in community outreach and family support. He runs the family evening workshops and spends most of his week out of the office, meeting people where they are.',
    avatar: 'avatar-owen-hartley.jpg',
  },
];
