// Keywords that cut across categories. The name is translated; the slug is shared by both languages.
import type { SeedTag } from '../types';

export const tags: SeedTag[] = [
  { slug: 'peer-support', name: { en: 'Peer support', es: 'Apoyo entre iguales' } },
  { slug: 'families', name: { en: 'Families', es: 'Familias' } },
  { slug: 'young-people', name: { en: 'Young people', es: 'Jóvenes' } },
  { slug: 'harm-reduction', name: { en: 'Harm reduction', es: 'Reducción de daños' } },
  { slug: 'volunteering', name: { en: 'Volunteering', es: 'Voluntariado' } },
  { slug: 'events', name: { en: 'Events', es: 'Actividades' } },
  { slug: 'sleep', name: { en: 'Sleep', es: 'Sueño' } },
  { slug: 'workplace', name: { en: 'Workplace', es: 'Trabajo' } },
  { slug: 'evaluation', name: { en: 'Evaluation', es: 'Evaluación' } },
  { slug: 'housing', name: { en: 'Housing', es: 'Vivienda' } },
  { slug: 'self-care', name: { en: 'Self-care', es: 'Autocuidado' } },
];
