// Spanish translations of articles in the Everyday wellbeing category.
import { h2, h3, ol, p, quote, ul } from '../../../blocks';
import type { SeedTranslation } from '../../../types';

export const wellbeingTranslations: SeedTranslation[] = [
  {
    source: 'supporting-a-family-member-in-early-recovery',
    slug: 'acompanar-a-un-familiar-en-los-primeros-meses-de-recuperacion',
    title: 'Acompañar a un familiar en los primeros meses de recuperación: una guía práctica',
    excerpt:
      'Cuando alguien a quien quieres empieza a recuperarse, llegan el alivio, la esperanza y un montón de preocupaciones nuevas. Owen comparte lo que las familias le han enseñado sobre los primeros meses: qué ayuda, qué evitar y cómo cuidarte.',
    lagDays: 4,
    seo: {
      metaTitle: 'Acompañar a un familiar en los primeros meses de recuperación',
      metaDescription:
        'Qué ayuda en los primeros meses de recuperación de un ser querido, qué conviene evitar y cómo cuidarte tú también.',
      shareCover: true,
    },
    body: [
      p(
        'Llevo seis años dirigiendo nuestros talleres para familias, y la pregunta que más oigo no es *«¿cómo consigo que lo deje?»*, sino *«ahora que ha empezado a cambiar, ¿qué hago yo?»*. La primera etapa de la recuperación puede ser un momento extraño para las familias. La crisis se ha calmado, pero la confianza todavía no ha vuelto y nadie sabe muy bien cuáles son las nuevas reglas. Esta guía recoge lo que las familias me han enseñado sobre esos primeros meses.',
      ),
      h2('Cuenta con sentimientos encontrados, en todo el mundo'),
      p(
        'Es habitual sentir alivio. También enfado, y eso suele sorprender: enfado por los años anteriores, que a menudo solo parece seguro expresar cuando las cosas están más tranquilas. Hay quien se siente extrañamente perdido, porque gran parte de su energía se iba en gestionar una crisis que ya no está. Todo esto es normal.',
      ),
      p(
        'Tu familiar también tendrá sentimientos encontrados. La primera etapa de la recuperación puede traer orgullo y esperanza, pero también vergüenza, aburrimiento, duelo por una forma de vida y agotamiento. El estado de ánimo puede cambiar de un día para otro.',
      ),
      quote(
        'Estaba esperando sentirme feliz. Lo que sentí de verdad, durante unos tres meses, fue cansancio. — una madre que participó en los talleres',
      ),
      h2('Lo que suele ayudar'),
      h3('Hablar del presente'),
      p(
        'Es tentador repasar todo lo que pasó. Parte de eso tendrá que hablarse, con tiempo y quizá con apoyo. Pero en las primeras semanas, las familias descubren que las conversaciones sobre el día de hoy, cómo ha ido y qué hay previsto para mañana, resultan más llevaderas para todos y construyen confianza más rápido que remover el pasado.',
      ),
      h3('Fijarse en el esfuerzo, no solo en los resultados'),
      p(
        'La recuperación está hecha de decisiones pequeñas y poco vistosas: ir al grupo cuando sería más fácil quedarse en casa, irse pronto de una fiesta, hacer una llamada difícil. Decirlo en voz alta, *«he visto que fuiste al círculo aunque estabas cansado»*, significa mucho y no cuesta nada.',
      ),
      h3('Acordar juntos algunas cosas prácticas'),
      p(
        'La incertidumbre alimenta la preocupación. A muchas familias les ayuda acordar, con calma y desde el principio, unas pocas cuestiones prácticas. Por ejemplo:',
      ),
      ul([
        'Si habrá alcohol en casa y, en ese caso, dónde.',
        'Cómo se va a gestionar el dinero de momento y cuándo se revisará.',
        'Qué hará cada uno si a alguno le preocupa una posible recaída.',
        'Qué celebraciones familiares parecen asumibles y cuáles es mejor saltarse este año.',
      ]),
      p(
        'Estos acuerdos funcionan mejor cuando se toman entre todos, se ponen por escrito y todo el mundo sabe que se revisarán a medida que cambien las cosas. Una familia con la que trabajé tenía los suyos pegados en la nevera y los iba tachando cuando dejaban de hacer falta. A los seis meses solo quedaba una línea.',
      ),
      h3('Mantener las rutinas'),
      p(
        'Las comidas, las horas de acostarse y los planes regulares dan forma a unos días que de otro modo pueden hacerse muy largos. Muchas familias me cuentan que una rutina compartida sencilla, un paseo después de cenar o una película los viernes, se convirtió en un ancla para todos.',
      ),
      h2('Lo que no suele ayudar'),
      ul([
        '**Vigilar constantemente.** Registrar habitaciones, mirar el móvil o preguntar cada noche «¿has consumido?» suele minar la confianza en lugar de construirla. Si estás preocupado, dilo de forma directa y tranquila.',
        '**Hacerse cargo de todo.** Es natural querer gestionar las citas, la medicación y el dinero. Algo de apoyo ayuda, pero la recuperación pertenece a quien se está recuperando, y hacer demasiado puede estorbar.',
        '**Tomar cada mal humor como una señal de alarma.** Las personas en recuperación tienen derecho a estar de mal humor, tristes o aburridas como cualquiera.',
        '**Llevar la cuenta.** Sacar el pasado en una discusión es muy humano y muy comprensible, pero casi nunca lleva a nada bueno.',
      ]),
      h2('Si hay una recaída'),
      p(
        'Muchas personas tienen tropiezos en el camino hacia un cambio duradero, y una recaída no significa que la recuperación haya fracasado ni que el tiempo anterior no cuente. Lo que pasa después importa más que la recaída en sí.',
      ),
      ol([
        'Intenta mantener la calma, aunque sientas miedo o decepción. Podrás hablar de cómo te sientes más adelante.',
        'Si la seguridad de alguien está en riesgo, ocúpate de eso primero. Si alguien no responde o le cuesta respirar, **llama enseguida al número de emergencias de tu zona**.',
        'Cuando las cosas estén más tranquilas, pregunta qué pasó y qué podría ayudar, en lugar de por qué pasó.',
        'Anímale a hablar cuanto antes con su profesional de referencia o con su círculo de apoyo.',
        'Habla tú también con alguien. No tienes que cargar con esto en solitario.',
      ]),
      h2('Cuidar de ti'),
      p(
        'Esta es la parte que más se suele saltar la gente, y la que más me gustaría que leyeras. Acompañar a alguien en su recuperación es exigente, y las familias que cuidan de su propia salud lo llevan mejor y pueden ayudar más.',
      ),
      ul([
        'Mantén al menos una cosa que sea solo para ti: una clase, una amistad, un paseo.',
        'Presta atención a tu propio sueño, a lo que comes y a lo que bebes.',
        'Cuenta a una o dos personas de confianza lo que está pasando, para no guardártelo todo.',
        'Piensa en unirte a un grupo para familias. El nuestro es gratuito y no hace falta que tu familiar esté en contacto con nosotros.',
        'Si tu ánimo sigue bajo durante más de un par de semanas, habla con tu médico.',
      ]),
      quote(
        'Lo mejor que hice por mi hijo fue volver a cuidarme. Después me dijo que verme reír con mis amigos le quitó un peso de encima. — un padre del grupo de los miércoles',
      ),
      h2('Dónde encontrar apoyo'),
      p(
        'Nuestros [talleres de tarde para familias](/es/news/vuelven-los-talleres-para-familias) se organizan varias veces al año, y en la sección de [historias de recuperación](/es/category/recovery-stories) hay relatos de madres, padres y parejas. Si quieres hablar con alguien ahora, ven a las sesiones sin cita o pregunta en recepción por el equipo de familias. Si te preocupa la seguridad inmediata de alguien, **llama al número de emergencias de tu zona**.',
      ),
      p(
        'La recuperación casi nunca es una línea recta, ni para quien se recupera ni para quienes le quieren. Ten paciencia con esa persona, y también contigo.',
      ),
    ],
  },
  {
    source: 'why-sleep-matters-in-early-recovery',
    slug: 'por-que-el-sueno-importa-en-la-recuperacion',
    title: 'Por qué el sueño importa tanto en los primeros meses de recuperación',
    excerpt:
      'Dormir mal es una de las quejas más frecuentes al principio de la recuperación y uno de los motivos por los que más cuesta. Te contamos qué suele ayudar y cuándo conviene hablar con un médico.',
    lagDays: 2,
    body: [
      p(
        'Pregunta en una sala llena de personas que empiezan su recuperación qué es lo que más les cuesta, y el sueño saldrá una y otra vez. Estar despierto a las tres de la madrugada, sueños muy intensos, levantarse agotado: es algo frecuente y puede hacer más difícil todo lo demás.',
      ),
      h2('Por qué se altera el sueño'),
      p(
        'Muchas personas han usado el alcohol u otras sustancias, al menos en parte, para poder dormir. Cuando eso se deja, el cuerpo y la mente necesitan tiempo para volver a aprender a descansar. En muchos casos el sueño mejora en unas semanas; en otros tarda varios meses. Saber que es una parte *normal y normalmente pasajera* de la recuperación ya alivia parte de la preocupación.',
      ),
      h2('Lo que suele ayudar'),
      ul([
        '**Levántate siempre a la misma hora**, incluso después de una mala noche. Es el hábito que más ayuda, según nos cuenta la gente.',
        '**Busca luz natural por la mañana**, aunque sean diez minutos al aire libre.',
        '**Date una hora para ir bajando el ritmo** antes de acostarte: luz tenue, el móvil lejos, algo tranquilo.',
        '**Reduce la cafeína a partir de mediodía** y fíjate en si se te cuelan bebidas energéticas o té muy cargado.',
        '**Levántate si no consigues dormir** después de unos veinte minutos, y haz algo tranquilo hasta que te entre sueño.',
      ]),
      h3('Una rutina sencilla para antes de dormir'),
      ol([
        'Pon una alarma una hora antes de acostarte como recordatorio para empezar a frenar.',
        'Tómate una bebida caliente sin cafeína.',
        'Apunta lo que tengas en la cabeza para mañana, para sacarlo de ahí.',
        'Lee, escucha algo tranquilo o estírate con suavidad.',
        'Vete a la cama cuando tengas sueño, no solo porque sea tarde.',
      ]),
      h2('Cuándo hablar con un médico'),
      p(
        'Si piensas dejar de beber después de mucho tiempo bebiendo en grandes cantidades, **habla antes con un médico**: dejarlo de golpe puede ser peligroso. Consulta también si llevas semanas durmiendo mal, si roncas mucho o dejas de respirar mientras duermes, o si el ánimo bajo no te deja dormir.',
      ),
      quote(
        'Alguien de mi círculo me dijo que el primer mes de dormir mal era normal y que luego mejoraba. Solo saberlo me ayudó a no entrar en pánico a las tres de la mañana. — participante en un círculo',
      ),
      p(
        'Encontrarás más ideas prácticas para el día a día en la sección de [bienestar cotidiano](/es/category/wellbeing).',
      ),
    ],
  },
  {
    source: 'a-gentle-weekly-wellbeing-checklist',
    slug: 'una-lista-semanal-de-bienestar',
    title: 'Una lista semanal y amable para cuidar tu bienestar',
    excerpt:
      'No es una lista de normas, solo unas preguntas para hacerte una vez por semana. Maya comparte la lista que usa el equipo de Harbour Lane para cuidarse, con espacio para que la hagas tuya.',
    body: [
      p(
        'Cuidar tu bienestar no tiene por qué significar grandes cambios. A veces basta con parar una vez por semana y fijarte en cómo van las cosas. Esta es la lista que usa nuestro equipo los viernes por la tarde. No es un examen y no hay respuestas incorrectas.',
      ),
      h2('Cinco preguntas para el final de la semana'),
      ol([
        '**¿Cómo he dormido?** No si ha sido perfecto, sino si ha sido mejor o peor que la semana pasada.',
        '**¿He hecho comidas de verdad la mayoría de los días?**',
        '**¿He salido a la luz del día?** Un paseo corto también cuenta.',
        '**¿Con quién he hablado?** Hablar de verdad, no solo de cosas prácticas.',
        '**¿Qué ha salido bien?** Por pequeño que sea.',
      ]),
      h3('Hazla tuya'),
      p(
        'Las preguntas son solo un punto de partida. Hay quien añade una propia, como *«¿He hecho algo solo por diversión?»*, y hay quien apunta las respuestas en una libreta para repasar el mes. Lo que te ayude a darte cuenta es la forma correcta de hacerlo.',
      ),
      h2('Si las respuestas te preocupan'),
      p(
        'Si varias respuestas llevan más de un par de semanas siendo difíciles, merece la pena tenerlo en cuenta. Algunas ideas:',
      ),
      ul([
        'Elige **una sola** cosa que cambiar la semana que viene, no todas.',
        'Cuéntale a alguien de confianza cómo te has sentido.',
        'Ven al [grupo de paseo de los jueves](/es/category/community) o a las sesiones sin cita: no hace falta pedir hora.',
        'Habla con tu médico si el ánimo bajo, la ansiedad o el mal dormir se alargan.',
      ]),
      quote(
        'Las semanas en que no sé contestar la quinta pregunta, le pregunto a otra persona qué le ha ido bien a ella. Casi siempre me recuerda algo. — una compañera del equipo',
      ),
      p(
        'Si te cuesta salir adelante o no te sientes a salvo, no esperes al viernes: **llama al número de emergencias de tu zona** o acude al servicio de urgencias más cercano.',
      ),
    ],
  },
];
