import type { Strings } from '../types.js';

/** Spanish (español), «tú» as on WordPress.com; `many` is for millions («1.000.000 de minutos»). */
const es: Strings = {
  // shared states
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

  // <blog-article>
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

  // <blog-author>
  aboutAuthor: 'Sobre el autor',
  realName: 'Nombre real: {name}',
  onNetwork: '{name} en {network}',
  website: 'Sitio web de {name}',
  rssFeed: 'Feed RSS de {name}',
  viewAllPosts: 'Ver todas las entradas de {name}',
  loadingAuthor: 'Cargando el perfil del autor…',
  errorNotAuthor: 'La dirección no ha devuelto ningún perfil de autor.',
  errorAuthorPrivate: '{host} no hace público el perfil de este autor.',

  // the data layer's write errors and sources
  errorSourceUnsupported: 'Esta página indica un servicio de comentarios que esta versión de blog-widgets no reconoce.',
  errorLoginRequired: '{host} solo acepta comentarios de lectores que han iniciado sesión.',
  errorNameEmailRequired: 'Introduce tu nombre y tu dirección de correo electrónico para comentar.',
  errorCommentInvalid: '{host} no ha aceptado este comentario. Revisa los campos e inténtalo de nuevo.',
  errorTooLong: 'Es más largo de lo que acepta {host}. Acórtalo e inténtalo de nuevo.',
  errorDuplicate: 'Ya has dicho eso: {host} ya tiene este comentario.',
  errorTooFast: 'Estás publicando comentarios demasiado rápido. Espera un momento y vuelve a intentarlo.',
  errorCommentsClosed: 'Los comentarios están cerrados en esta entrada.',
  errorCommentPostMissing: '{host} no ha encontrado esta entrada, así que el comentario no se ha guardado.',
  errorCommentForbidden: '{host} no ha permitido publicar este comentario.',
  errorLikesUnsupported: 'Los «Me gusta» no están disponibles en este sitio.',
  errorNoBackend:
    'Esta página aún no puede guardar comentarios: el sitio no ha conectado ningún servicio de comentarios.',
  errorNotSaved: 'No se ha guardado. Inténtalo de nuevo en unos momentos.',
  errorReplyParentMissing:
    'El comentario al que respondes ya no existe. Tu respuesta no se ha publicado; cópiala y publícala como un comentario nuevo.',
  errorServiceSiteUnknown:
    '{host} no guarda comentarios de este sitio. El propietario del sitio puede añadirlo a la configuración del servicio.',
  errorLikeLimit: 'Han llegado demasiados «Me gusta» desde tu red para esta entrada; el tuyo no se ha contado.',
  errorSessionEnded:
    'Tu sesión ha terminado (cerraste sesión o caducó). Vuelve a iniciar sesión o introduce tus datos; tu comentario se conserva.',

  // <blog-comments>
  commentsHeading: {
    one: '{count} comentario en «{title}»',
    many: '{count} de comentarios en «{title}»',
    other: '{count} comentarios en «{title}»',
  },
  commentsHeadingUntitled: { one: '{count} comentario', many: '{count} de comentarios', other: '{count} comentarios' },
  commentsTitle: 'Comentarios sobre «{title}»',
  commentsTitleUntitled: 'Comentarios',
  noComments: 'Aún no hay comentarios. Sé el primero en compartir tu opinión.',
  loadingComments: 'Cargando comentarios…',
  loadMoreComments: 'Cargar más comentarios',
  says: '{name} dice:',
  anonymous: 'Anónimo',
  commentPermalink: 'Enlace a este comentario',
  reply: 'Responder',
  replyToLabel: 'Responder a {name}',
  awaitingModeration: 'Tu comentario está pendiente de moderación.',
  commentsError: 'No se han podido cargar los comentarios.',

  // <blog-comment-form>
  leaveReply: 'Deja un comentario',
  leaveReplyTo: 'Responder a {name}',
  cancelReply: 'Cancelar respuesta',
  fillDetails: 'Introduce tus datos a continuación:',
  fillDetailsSignIn: 'Introduce tus datos o haz clic en un icono para iniciar sesión:',
  emailLabel: 'Correo electrónico',
  emailHint: 'La dirección nunca se hará pública',
  nameLabel: 'Nombre',
  websiteLabel: 'Sitio web',
  commentLabel: 'Comentario',
  required: '(obligatorio)',
  notifyComments: 'Recibir un aviso por correo electrónico de los nuevos comentarios.',
  notifyPosts: 'Recibir un aviso por correo electrónico de las nuevas entradas.',
  rememberMe: 'Guardar mi nombre, correo electrónico y sitio web en este dispositivo.',
  postComment: 'Publicar comentario',
  posting: 'Publicando…',
  commentPosted: 'Tu comentario se ha publicado.',
  commentHeld: 'Tu comentario está pendiente de moderación.',
  draftRestored: 'Se ha recuperado tu comentario sin enviar.',
  offline: 'No tienes conexión. Tu comentario se guarda aquí: publícalo de nuevo cuando vuelvas a estar en línea.',
  fixErrors: {
    one: 'Corrige {count} campo para publicar tu comentario.',
    many: 'Corrige {count} de campos para publicar tu comentario.',
    other: 'Corrige {count} campos para publicar tu comentario.',
  },
  errorNameRequired: 'Introduce tu nombre.',
  errorEmailRequired: 'Introduce tu dirección de correo electrónico. Nunca se hará pública.',
  errorEmailInvalid: 'Introduce una dirección de correo electrónico válida, como nombre@example.com.',
  errorUrlInvalid: 'Introduce una dirección web que empiece por http:// o https://, o deja vacío el campo Sitio web.',
  errorContentEmpty: 'Escribe tu comentario antes de publicarlo.',
  errorContentTooLong: 'Tu comentario tiene {count} caracteres y este sitio admite como máximo {max}. Acórtalo.',
  commentingAs: 'Estás comentando usando tu cuenta de {provider}.',
  logOut: 'Cerrar sesión',
  changeAccount: 'Cambiar',

  // sign-in
  signInOptions: 'Iniciar sesión con',
  signInWith: 'Iniciar sesión con {provider}',
  connecting: 'Conectando con {provider}…',
  cancel: 'Cancelar',
  signedInAs: 'Sesión iniciada como {name}',
  signInBlocked:
    'Tu navegador bloqueó la ventana de inicio de sesión. Permite las ventanas emergentes para este sitio y vuelve a intentarlo, o introduce tus datos abajo.',
  signInClosed:
    'La ventana de inicio de sesión se cerró antes de terminar. Vuelve a intentarlo, o introduce tus datos abajo.',
  signInCancelled: 'Se canceló el inicio de sesión. Tu comentario sigue aquí.',
  signInDenied: '{provider} no inició tu sesión. Vuelve a intentarlo, o introduce tus datos abajo.',
  signInUnreachable: 'No se pudo contactar con {provider}. Inténtalo más tarde, o introduce tus datos abajo.',
  signInFailed: 'El inicio de sesión con {provider} no funcionó. Vuelve a intentarlo, o introduce tus datos abajo.',
  signedIn: 'Has iniciado sesión como {name}.',
  loggedOut: 'Has cerrado sesión. Tu comentario sigue aquí.',

  // <blog-likes>
  like: 'Me gusta',
  likeFirst: 'Sé el primero en decir que te gusta.',
  likesCount: {
    one: 'A {count} bloguero le gusta esto.',
    many: 'A {count} de blogueros les gusta esto:',
    other: 'A {count} blogueros les gusta esto:',
  },
  youLikeThis: 'Te gusta esto.',
  youAndOthersLike: {
    one: 'A ti y a {count} bloguero más os gusta esto:',
    many: 'A ti y a {count} de blogueros más os gusta esto:',
    other: 'A ti y a {count} blogueros más os gusta esto:',
  },
  moreLikers: '{count} más',
  likersTitle: 'Blogueros a los que les gusta esto',
  close: 'Cerrar',
  loadingLikes: 'Cargando los «Me gusta»…',
};

export default es;
