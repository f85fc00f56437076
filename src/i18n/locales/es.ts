import type { Strings } from '../types.js';

/** Spanish (español), «tú» as on WordPress.com; `many` is for millions («1.000.000 de minutos»). */
const es: Strings = {
  loading: 'Cargando…',
  retry: 'Volver a intentarlo',
  errorNotFound: 'No se ha encontrado nada en esta dirección (404).',
  errorUnreachable: 'No se ha podido conectar con {host}. Comprueba tu conexión e inténtalo de nuevo.',
  errorCors:
    '{host} no permite que esta página lea sus datos (CORS). El propietario del sitio puede autorizar este origen.',
  errorTimeout: '{host} ha tardado demasiado en responder.',
  errorServer: '{host} ha respondido con un error ({status}). Inténtalo de nuevo en unos momentos.',
  errorNotJson: '{host} no ha respondido con datos que este elemento pueda leer.',
  errorGone: 'Este contenido ya no está disponible.',

  postedIn: 'Publicado en {list}',
  taggedWith: 'Etiquetado {list}',
  listSeparator: ', ',
  byline: 'por {name}',
  publishedOn: 'Publicado el {date}',
  updatedOn: 'Actualizado el {date}',
  readingTime: {
    one: '{count} minuto de lectura',
    many: '{count} de minutos de lectura',
    other: '{count} minutos de lectura',
  },
  continueReading: 'Seguir leyendo',
  continueReadingLabel: 'Seguir leyendo «{title}»',
  showLess: 'Mostrar menos',
  loadingPost: 'Cargando la entrada…',
  errorNotPost: 'La dirección no ha devuelto ninguna entrada de blog.',

  aboutAuthor: 'Sobre el autor',
  realName: 'Nombre real: {name}',
  onNetwork: '{name} en {network}',
  website: 'Sitio web de {name}',
  rssFeed: 'Feed RSS de {name}',
  viewAllPosts: 'Ver todas las entradas de {name}',
  loadingAuthor: 'Cargando el perfil del autor…',
  errorNotAuthor: 'La dirección no ha devuelto ningún perfil de autor.',
  errorAuthorPrivate: '{host} no hace público el perfil de este autor.',
};

export default es;
