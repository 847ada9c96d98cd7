// Sections of the newsroom. The slug is shared by both languages so a category page can switch
// language without changing its address.
import type { SeedCategory } from '../types';

export const categories: SeedCategory[] = [
  {
    slug: 'community',
    name: { en: 'Community', es: 'Comunidad' },
    description: {
      en: 'Events, volunteers and the people who make the Harbour Lane centre a place worth coming back to.',
      es: 'Actividades, voluntariado y las personas que hacen del centro de Harbour Lane un lugar al que apetece volver.',
    },
  },
  {
    slug: 'recovery-stories',
    name: { en: 'Recovery stories', es: 'Historias de recuperación' },
    description: {
      en: 'First-hand accounts from people in recovery and from those who stand beside them, shared with permission.',
      es: 'Relatos en primera persona de quienes están en recuperación y de quienes les acompañan, compartidos con su permiso.',
    },
  },
  {
    slug: 'services',
    name: { en: 'Services', es: 'Servicios' },
    description: {
      en: 'What we offer, when we are open and how to get support for yourself or someone you care about.',
      es: 'Qué ofrecemos, cuándo abrimos y cómo pedir apoyo para ti o para alguien que te importa.',
    },
  },
  {
    slug: 'research-policy',
    name: { en: 'Research & policy', es: 'Investigación y políticas' },
    description: {
      en: 'What our data shows, what the evidence says, and the local decisions that shape care.',
      es: 'Lo que muestran nuestros datos, lo que dice la evidencia y las decisiones locales que influyen en la atención.',
    },
  },
  {
    slug: 'wellbeing',
    name: { en: 'Everyday wellbeing', es: 'Bienestar cotidiano' },
    description: {
      en: 'Practical, gentle ideas for looking after your mind and body, whatever stage you are at.',
      es: 'Ideas prácticas y amables para cuidar la mente y el cuerpo, sea cual sea el momento en que te encuentres.',
    },
  },
];
