// Alternative text and captions for every picture in seed/images/. The pictures are abstract
// scenes drawn by seed/generate-images.mjs; each alt text says what is actually drawn there.
import type { SeedImage } from '../types';

export const coverImages: SeedImage[] = [
  {
    file: 'cover-window-dusk.jpg',
    alternativeText:
      'Illustration of a four-pane window glowing lilac in a dark purple room, a soft pink sun behind the glass.',
  },
  {
    file: 'cover-circles-sea.jpg',
    alternativeText:
      'Abstract ring of overlapping teal and pale yellow circles around a small light centre, on a sea-green background.',
  },
  {
    file: 'cover-table-sand.jpg',
    alternativeText:
      'A round cream table seen from above on a sand-coloured background, with six terracotta cups set around its edge.',
  },
  {
    file: 'cover-moon-night.jpg',
    alternativeText: 'A pale crescent moon and scattered stars above dark blue rolling hills at night.',
  },
  {
    file: 'cover-circles-coral.jpg',
    alternativeText:
      'Abstract ring of overlapping coral and rust circles around a light centre, on a soft pink background.',
  },
  {
    file: 'cover-leaves-meadow.jpg',
    alternativeText:
      'Broad green leaves fanning up from the lower left corner towards a yellow sun in a pale green sky.',
  },
  {
    file: 'cover-chart-mist.jpg',
    alternativeText:
      'A grid of faint grey dots with a blue line rising gently from left to right, marked with darker points.',
  },
  {
    file: 'cover-bridge-sea.jpg',
    alternativeText:
      'A low teal arched bridge over calm sea-green water, its reflection below and a pale sun in the sky.',
  },
  {
    file: 'cover-path-dawn.jpg',
    alternativeText:
      'A pale path winding between soft green hills towards the horizon under a peach dawn sky with an orange sun.',
  },
  {
    file: 'cover-stones-dusk.jpg',
    alternativeText:
      'A line of purple stepping stones crossing still lilac water towards the horizon, a pink sun low in the sky.',
  },
  {
    file: 'cover-path-mist.jpg',
    alternativeText: 'A pale path winding between grey-blue hills towards the horizon on a misty morning.',
  },
  {
    file: 'cover-window-sand.jpg',
    alternativeText:
      'Illustration of a four-pane window letting warm sand-coloured light into a brown room, a terracotta sun behind the glass.',
  },
  {
    file: 'cover-table-coral.jpg',
    alternativeText:
      'A round table seen from above on a pink background, with six coral cups set around its edge.',
  },
  {
    file: 'cover-chart-sea.jpg',
    alternativeText:
      'A grid of faint teal dots with a yellow line climbing from left to right, marked with dark teal points.',
  },
  {
    file: 'cover-hills-meadow.jpg',
    alternativeText: 'Layers of green rolling hills under a yellow sun in a pale spring sky.',
  },
  {
    file: 'cover-hills-dawn.jpg',
    alternativeText: 'Layers of sage-green hills under an orange sun in a peach morning sky.',
  },
  {
    file: 'cover-lighthouse-sea.jpg',
    alternativeText:
      'A small white lighthouse on a dark teal headland, its pale yellow beam reaching out across gentle waves.',
  },
  {
    file: 'cover-waves-sea.jpg',
    alternativeText: 'Layered teal waves rolling towards the viewer under a large pale yellow sun.',
  },
  {
    file: 'cover-chart-coral.jpg',
    alternativeText:
      'A grid of faint rust-coloured dots with a coral line rising from left to right, marked with darker points.',
  },
  {
    file: 'cover-hills-mist.jpg',
    alternativeText: 'Layers of grey-blue hills fading into a misty winter sky with a pale blue sun.',
  },
  {
    file: 'cover-table-dawn.jpg',
    alternativeText:
      'A round table seen from above on a peach background, with six orange cups set around its sage-green rim.',
  },
  {
    file: 'cover-lighthouse-dusk.jpg',
    alternativeText:
      'A small lighthouse on a dark purple headland at dusk, its pink beam reaching across lilac waves.',
  },
  {
    file: 'cover-window-mist.jpg',
    alternativeText:
      'Illustration of a four-pane window letting pale grey-blue light into a slate-coloured room.',
  },
  {
    file: 'cover-waves-dawn.jpg',
    alternativeText: 'Layered green waves under a large orange sun in a peach dawn sky.',
  },
];

export const avatarImages: SeedImage[] = [
  {
    file: 'avatar-maya-lindqvist.jpg',
    alternativeText:
      'Illustrated avatar of Maya Lindqvist: a head-and-shoulders silhouette with long hair on a teal background.',
  },
  {
    file: 'avatar-tomas-ferreira.jpg',
    alternativeText:
      'Illustrated avatar of Tomás Ferreira: a head-and-shoulders silhouette with curly hair on a peach background.',
  },
  {
    file: 'avatar-priya-raman.jpg',
    alternativeText:
      'Illustrated avatar of Priya Raman: a head-and-shoulders silhouette with hair in a bun on a lilac background.',
  },
  {
    file: 'avatar-owen-hartley.jpg',
    alternativeText:
      'Illustrated avatar of Owen Hartley: a head-and-shoulders silhouette with short hair on a pale green background.',
  },
];

export const seedImages: SeedImage[] = [...coverImages, ...avatarImages];
