// Spanish translations of articles in the Community category.
import { h2, h3, ol, p, quote, ul } from '../../../blocks';
import type { SeedTranslation } from '../../../types';

export const communityTranslations: SeedTranslation[] = [
  {
    source: 'become-a-volunteer-listener',
    slug: 'hazte-voluntario-de-escucha',
    title: 'Hazte voluntario de escucha: nuestro próximo curso de formación',
    excerpt:
      'Nuestro curso de escucha de ocho semanas empieza el mes que viene. No hace falta ninguna titulación: solo paciencia, calidez y unas horas a la semana. Te contamos en qué consiste y cómo apuntarte.',
    lagDays: 2,
    body: [
      p(
        'Las personas voluntarias de escucha son el corazón de Harbour Lane. Reciben a quien llega, le acompañan en la sala común y ayudan a dinamizar nuestros círculos semanales de apoyo entre iguales. Esta vez vamos a formar al grupo más numeroso hasta ahora, y nos encantaría que formaras parte de él.',
      ),
      h2('A quién buscamos'),
      p(
        'No necesitas titulación ni experiencia previa. Lo que importa es *cómo eres*, no lo que pone en tu currículum. Buscamos personas que:',
      ),
      ul([
        'Sepan escuchar sin precipitarse a arreglar las cosas.',
        'Se sientan a gusto con personas cuyas vidas son muy distintas de la suya.',
        'Puedan dedicar unas **cuatro horas a la semana** durante al menos seis meses.',
        'Sean mayores de edad. Si tienes tu propia experiencia de recuperación, te pedimos que lleves al menos dos años en una situación estable.',
      ]),
      h2('En qué consiste la formación'),
      p('El curso dura ocho lunes por la tarde. Es práctico, cercano y gratuito.'),
      ol([
        'Escuchar bien: atención, silencio y devolver lo que oímos.',
        'Entender la salud mental y la adicción sin tecnicismos.',
        'Límites y confidencialidad.',
        'Qué hacer cuando alguien está muy angustiado y cuándo avisar al equipo.',
        'Reducción de riesgos en lenguaje sencillo.',
        'El trabajo con familias y amistades.',
        'Cuidarte como voluntario o voluntaria.',
        'Tarde de práctica y bienvenida al equipo.',
      ]),
      h3('Después del curso'),
      p(
        'Durante el primer mes, las nuevas personas voluntarias acompañan a alguien con más experiencia. Cada voluntario tiene una persona de referencia y una sesión de apoyo cada dos semanas, y cubrimos los gastos de desplazamiento. Algunas personas voluntarias también echan una mano en el huerto comunitario o en la cocina: encontrarás más propuestas en la [sección de comunidad](/es/category/community).',
      ),
      quote(
        'Pensaba que me apuntaba para ayudar a otras personas. No esperaba aprender tanto sobre mí misma. — voluntaria de escucha desde hace dos años',
      ),
      h2('Cómo apuntarse'),
      p(
        'Recoge un formulario en recepción o pídenos que te lo enviemos por correo. En lugar de una entrevista, tendremos una charla informal. El plazo se cierra dos semanas antes de la primera sesión.',
      ),
    ],
  },
  {
    source: 'thursday-walking-group-turns-one',
    slug: 'el-grupo-de-paseo-de-los-jueves-cumple-un-ano',
    title: 'El grupo de paseo de los jueves cumple un año',
    excerpt:
      'Lo que empezó con tres personas y un termo es hoy un paseo semanal de hasta veinte. Celebramos el primer aniversario con la misma ruta del primer día y mucho más bizcocho.',
    body: [
      p(
        'Hace un año, tres personas quedaron en el centro con un termo de té y bajaron andando hasta el puerto y vuelta. Este jueves, diecinueve personas hicieron la misma ruta para celebrar el primer cumpleaños del grupo de paseo.',
      ),
      h2('Cómo funciona'),
      ul([
        'Quedamos en el centro a las **10:30 todos los jueves**, haga el tiempo que haga.',
        'El paseo dura aproximadamente una hora, a un ritmo que todo el mundo pueda seguir.',
        'Siempre hay una opción más corta para quien la necesite.',
        'Terminamos con algo caliente de beber en el centro.',
      ]),
      p(
        'Caminando uno al lado del otro, a muchas personas les resulta más fácil hablar que sentadas frente a frente en una sala. Y hay días en que casi nadie habla, y *también está bien*.',
      ),
      h3('El paseo del aniversario'),
      ol([
        'Té y bizcocho en el centro, y bienvenida a tres personas que venían por primera vez.',
        'Bajada por el parque hasta el muro del puerto.',
        'Una parada en el banco donde se sentaron los tres primeros paseantes hace un año.',
        'Vuelta cuesta arriba, sin prisa, a por más bizcocho.',
      ]),
      quote('En una semana mala, el paseo es lo único que sé que voy a hacer. — habitual del grupo de paseo'),
      p(
        'Todo el mundo es bienvenido, también familiares y personas que nunca han usado nuestros servicios. Descubre más [formas amables de cuidarte semana a semana](/es/news/una-lista-semanal-de-bienestar).',
      ),
    ],
  },
  {
    source: 'recovery-cafe-opens-on-fridays',
    slug: 'el-cafe-de-la-recuperacion-abre-los-viernes',
    title: 'El café de la recuperación abre sus puertas los viernes',
    excerpt:
      'Buen café, comida casera y una sala llena de gente que entiende: el café de la recuperación abre todos los viernes por la tarde, atendido por voluntarios que también están en recuperación.',
    body: [
      p(
        'Los viernes por la tarde pueden ser un momento difícil: termina la semana, el fin de semana se hace largo y los viejos hábitos parecen estar muy cerca. Desde esta semana, la planta baja del centro de Harbour Lane se convierte todos los viernes, de **12:00 a 17:00**, en el **café de la recuperación**.',
      ),
      h2('Qué vas a encontrar'),
      ul([
        'Café de verdad, té y refrescos, y una comida caliente a cambio de un pequeño donativo, o gratis si no puedes pagar.',
        'Juegos de mesa, periódicos y un rincón tranquilo.',
        'Un equipo de voluntarios en recuperación que sabe lo que pueden llegar a pesar los viernes por la tarde.',
        'Información sobre nuestros otros servicios si la quieres, y ninguna presión si no.',
      ]),
      h3('Cómo es un viernes'),
      ol([
        'Abrimos a mediodía y la comida se sirve a partir de las 12:30.',
        'A las 14:00 hay una *breve ronda de diez minutos* para quien quiera contar cómo está.',
        'Desde las 15:00 se recogen las mesas para juegos y charla.',
        'A las 17:00 cerramos, y quien quiera puede ir con el grupo hasta la parada del autobús.',
      ]),
      h3('Atendido por personas en recuperación'),
      p(
        'Todas las personas voluntarias del café tienen su propia experiencia de recuperación y han completado nuestra formación en escucha. Algunas empezaron siendo clientes.',
      ),
      quote(
        'Quería crear el sitio que me habría gustado tener cuando acababa de dejar de beber: un lugar al que ir un viernes que no fuera un bar. — voluntario del café',
      ),
      p(
        'El café no sirve alcohol y está abierto a todo el mundo: personas en recuperación, sus familias y amistades, y vecinos a los que simplemente les apetece un buen café. Si quieres conocer otras actividades, visita la [sección de comunidad](/es/category/community).',
      ),
    ],
  },
];
