// Spanish translations of articles in the Services category.
import { h2, h3, ol, p, quote, ul } from '../../../blocks';
import type { SeedTranslation } from '../../../types';

export const servicesTranslations: SeedTranslation[] = [
  {
    source: 'evening-drop-in-sessions-now-open',
    slug: 'sesiones-de-tarde-sin-cita',
    title: 'Ya están abiertas las sesiones de tarde sin cita, martes y jueves',
    excerpt:
      'Desde este mes, el centro de Harbour Lane abre hasta las 21:00 dos días por semana, para que quienes trabajan o cuidan de otras personas durante el día puedan hablar con alguien sin pedir cita.',
    seo: {
      metaTitle: 'Sesiones de tarde sin cita en Harbour Lane Health',
      metaDescription:
        'Sin cita previa: habla con un profesional o con una persona voluntaria los martes y jueves hasta las 21:00.',
      shareCover: true,
    },
    body: [
      p(
        'Durante años, lo que más nos decían era muy sencillo: *«Vendría, pero cuando puedo llegar ya habéis cerrado»*. Desde este mes, eso cambia. El centro de Harbour Lane abre ahora hasta las **21:00 todos los martes y jueves**, y no hace falta pedir cita.',
      ),
      h2('Para quién son estas tardes'),
      p(
        'Las sesiones de tarde están abiertas a cualquier persona mayor de 18 años a la que le preocupe su salud mental, su consumo de alcohol u otras drogas, o la situación de alguien cercano. No necesitas derivación ni haber usado antes nuestros servicios.',
      ),
      ul([
        'Personas que trabajan de día y no pueden pedir permiso sin tener que dar explicaciones.',
        'Madres, padres y personas cuidadoras que solo pueden salir cuando los niños ya están acostados.',
        'Quien se siente incómodo en una sala de espera llena de gente.',
        'Familiares y amistades que quieren hablar de alguien que les preocupa.',
      ]),
      h2('Qué pasa cuando llegas'),
      p(
        'Una persona del equipo te recibirá en la puerta, te ofrecerá algo de beber y buscará una sala tranquila. Puedes hablar diez minutos o una hora. En la primera visita no hay que rellenar ningún formulario, salvo que quieras reservar más apoyo.',
      ),
      ol([
        'Entra por la puerta lateral, que está iluminada y no tiene escalones.',
        'Di tu nombre en el mostrador; puede ser cualquier nombre que prefieras.',
        'Espera en la sala común o pasa directamente a una sala privada si hay alguna libre.',
        'Habla con un profesional de apoyo o con una persona voluntaria formada en escucha.',
        'Vete con un plan, un folleto o simplemente con la sensación de haber dicho las cosas en voz alta.',
      ]),
      h3('A quién vas a encontrar'),
      p(
        'Cada tarde hay dos profesionales de apoyo y al menos una **persona voluntaria de apoyo entre iguales**: alguien con su propia experiencia de recuperación que ha completado nuestra formación en escucha. Puedes pedir hablar con cualquiera de ellos.',
      ),
      quote(
        'Queríamos que las tardes se parecieran a pasar por casa de un amigo que, además, sabe mucho sobre cómo pedir ayuda. — Tomás, coordinador de apoyo entre iguales',
      ),
      h2('Si necesitas ayuda urgente'),
      p(
        'Este servicio no es de urgencias. Si tú u otra persona estáis en peligro inmediato, **llama al número de emergencias de tu zona** o acude al servicio de urgencias más cercano. En nuestra [sección de servicios](/es/category/services) encontrarás otras formas de contactar con nosotros durante el día.',
      ),
    ],
  },
  {
    source: 'saturday-space-for-young-people',
    slug: 'un-espacio-los-sabados-para-jovenes',
    title: 'Un nuevo espacio los sábados para jóvenes de 16 a 25 años',
    excerpt:
      'La gente joven nos pidió un sitio tranquilo para hablar de estrés, de sustancias y de todo lo demás. El espacio de los sábados abre el mes que viene, diseñado junto a doce jóvenes de la zona.',
    lagDays: 3,
    body: [
      p(
        'El año pasado preguntamos a jóvenes de la zona qué haría más fácil que pidieran ayuda. Las respuestas coincidían: un sitio que no parezca una consulta, gente que no sermonee y horarios compatibles con los estudios y los trabajos de media jornada. El **espacio de los sábados** es nuestra respuesta.',
      ),
      h2('Diseñado con jóvenes, no solo para ellos'),
      p(
        'Doce jóvenes de entre 16 y 25 años se han reunido con nosotros cada dos semanas durante los últimos seis meses. Eligieron el nombre, el horario y los muebles, y reescribieron nuestros folletos dos veces. Su decisión más importante fue que el espacio tuviera *algo que hacer*: habrá juegos, material de dibujo y una cocina, no solo sillas colocadas en círculo.',
      ),
      h3('Lo que nos pidieron prometer'),
      ul([
        'Nadie recibirá una reprimenda por lo que cuente sobre su consumo de alcohol u otras drogas.',
        'El equipo explicará qué anota y quién puede verlo.',
        'Puedes venir con una amiga o un amigo, y no tendrá que explicar por qué ha venido.',
        'No compartiremos nada sobre ti con tu centro de estudios ni con tu familia sin tu acuerdo, salvo que alguien corra un riesgo grave.',
      ]),
      h2('Horario y cómo llegar'),
      p(
        'El espacio abre todos los sábados de **11:00 a 16:00** en la planta de arriba del centro de Harbour Lane, con entrada propia desde el patio. Solo tienes que venir. Si prefieres escribir antes, el formulario de nuestra [sección de servicios](/es/category/services) llega directamente al equipo de jóvenes.',
      ),
      h3('Sesiones que estamos preparando'),
      ol([
        'Horario abierto: pasa, quédate y habla si te apetece.',
        'Estrés y exámenes: formas prácticas de llevar la presión, con dos personas del grupo de jóvenes.',
        'Respuestas claras sobre sustancias: una sesión al mes en la que se puede preguntar de todo.',
        'Tardes creativas: música, fanzines y fotografía con voluntariado de la zona.',
      ]),
      quote(
        'Quería un sitio donde la primera pregunta no fuera «¿qué te pasa?», sino «¿te apetece un té?». — participante del grupo de jóvenes, 19 años',
      ),
      p(
        'Si eres madre, padre o cuidador y no sabes cómo sacar el tema, Owen también dirige los [talleres de tarde para familias](/es/news/vuelven-los-talleres-para-familias), que a muchas familias les han resultado útiles.',
      ),
    ],
  },
  {
    source: 'family-evening-workshops-return',
    slug: 'vuelven-los-talleres-para-familias',
    title: 'Vuelven los talleres de tarde para familias el mes que viene',
    excerpt:
      'Nuestros talleres de seis semanas para familiares y amistades de personas afectadas por una adicción vuelven el mes que viene, con una sesión nueva sobre cómo cuidar tu propio descanso y tu salud.',
    body: [
      p(
        'Vuelven los talleres de tarde para familias. Durante seis miércoles, pequeños grupos de familiares y amistades se reúnen para aprender, compartir y, sobre todo, darse cuenta de que *no son los únicos* que están pasando por esto.',
      ),
      h3('Para quién son los talleres'),
      ul([
        'Madres, padres, parejas, hermanos, hijos adultos y amistades cercanas.',
        'Personas cuyo familiar sigue bebiendo o consumiendo, y también quienes tienen a su familiar en recuperación.',
        'Cualquiera que se haya visto afectado, aunque ya no tenga contacto con esa persona.',
      ]),
      h2('Qué se trabaja en las seis semanas'),
      ol([
        'Entender la adicción sin culpas.',
        'Conversaciones que abren puertas en lugar de cerrarlas.',
        'Límites que te protegen y que también demuestran que te importa.',
        'Cuidar tu propio sueño, tu salud y tus amistades (novedad de este año).',
        'Cómo pueden ser el tratamiento y la recuperación.',
        'Prepararse para las recaídas y saber qué hacer en una crisis.',
      ]),
      p(
        'Cada grupo tiene un máximo de diez personas. Las sesiones son de **18:30 a 20:30** e incluyen una cena ligera. Son gratuitas y no hace falta que la persona que te preocupa esté en contacto con nosotros.',
      ),
      h2('Cómo apuntarse'),
      p(
        'Las plazas se asignan por orden de llegada. Pregunta en recepción o deja tus datos en nuestra [sección de servicios](/es/category/services) y Owen te llamará en un máximo de dos días laborables.',
      ),
      quote('Vine por mi hermano y acabé aprendiendo también a cuidarme yo. — participante en los talleres'),
    ],
  },
];
