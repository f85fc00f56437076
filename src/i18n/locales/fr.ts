import type { Strings } from '../types.js';

/**
 * French (français), « vous » as on WordPress.com. Typography: \u202f (narrow no-break space)
 * inside « » and \u00a0 (no-break space) before a colon; `many` is for millions
 * (« 1 000 000 de minutes »).
 */
const fr: Strings = {
  // shared states
  loading: 'Chargement…',
  retry: 'Réessayer',
  errorNotFound: 'Rien n’a été trouvé à cette adresse (404).',
  errorUnreachable: 'Impossible de joindre {host}. Vérifiez votre connexion et réessayez.',
  errorCors:
    '{host} n’autorise pas cette page à lire ses données (CORS). Le propriétaire du site peut autoriser cette origine.',
  errorTimeout: '{host} a mis trop de temps à répondre.',
  errorServer: '{host} a répondu par une erreur ({status}). Réessayez dans un instant.',
  errorNotJson: '{host} n’a pas renvoyé de données lisibles par cet élément.',
  errorGone: 'Ce contenu n’est plus disponible.',

  // <blog-article>
  postedIn: 'Publié dans {list}',
  taggedWith: 'Étiqueté {list}',
  listSeparator: ', ',
  byline: 'par {name}',
  publishedOn: 'Publié le {date}',
  updatedOn: 'Mis à jour le {date}',
  readingTime: {
    one: '{count} minute de lecture',
    many: '{count} de minutes de lecture',
    other: '{count} minutes de lecture',
  },
  continueReading: 'Lire la suite',
  continueReadingLabel: 'Lire la suite de «\u202f{title}\u202f»',
  showLess: 'Afficher moins',
  loadingPost: 'Chargement de l’article…',
  errorNotPost: 'Cette adresse n’a pas renvoyé d’article de blog.',

  // <blog-author>
  aboutAuthor: 'À propos de l’auteur',
  realName: 'Nom réel\u00a0: {name}',
  onNetwork: '{name} sur {network}',
  website: 'Site web de {name}',
  rssFeed: 'Flux RSS de {name}',
  viewAllPosts: 'Voir tous les articles de {name}',
  loadingAuthor: 'Chargement du profil de l’auteur…',
  errorNotAuthor: 'Cette adresse n’a pas renvoyé de profil d’auteur.',
  errorAuthorPrivate: '{host} ne rend pas public le profil de cet auteur.',

  // the data layer's write errors and sources
  errorSourceUnsupported:
    'Cette page indique un service de commentaires que cette version de blog-widgets ne connaît pas.',
  errorLoginRequired: '{host} n’accepte que les commentaires des lecteurs connectés.',
  errorNameEmailRequired: 'Veuillez saisir votre nom et votre adresse e-mail pour commenter.',
  errorCommentInvalid: '{host} n’a pas accepté ce commentaire. Vérifiez les champs et réessayez.',
  errorTooLong: 'Ce texte est plus long que ce que {host} accepte. Raccourcissez-le et réessayez.',
  errorDuplicate: 'Vous avez déjà dit cela\u00a0: {host} a déjà reçu ce commentaire.',
  errorTooFast: 'Vous publiez des commentaires trop rapidement. Patientez un instant, puis réessayez.',
  errorCommentsClosed: 'Les commentaires sont fermés pour cet article.',
  errorCommentPostMissing: '{host} n’a pas trouvé cet article, le commentaire n’a donc pas été enregistré.',
  errorCommentForbidden: '{host} n’a pas autorisé la publication de ce commentaire.',
  errorLikesUnsupported: 'Les «\u202fJ’aime\u202f» ne sont pas disponibles sur ce site.',
  errorNoBackend:
    'Cette page ne peut pas encore enregistrer de commentaires\u00a0: le site n’a connecté aucun service de commentaires.',
  errorNotSaved: 'Rien n’a été enregistré. Réessayez dans un instant.',
  errorReplyParentMissing:
    'Le commentaire auquel vous répondez n’existe plus. Votre réponse n’a pas été publiée ; copiez-la et publiez-la comme nouveau commentaire.',
  errorServiceSiteUnknown:
    '{host} ne conserve pas de commentaires pour ce site. Le propriétaire du site peut l’ajouter à la configuration du service.',
  errorLikeLimit: 'Trop de « J’aime » sont venus de votre réseau pour cet article ; le vôtre n’a pas été compté.',
  errorSessionEnded:
    'Votre connexion a pris fin (vous vous êtes déconnecté ou elle a expiré). Reconnectez-vous ou saisissez vos coordonnées\u00a0; votre commentaire est conservé.',

  // <blog-comments>
  commentsHeading: {
    one: '{count} réflexion sur «\u202f{title}\u202f»',
    many: '{count} de réflexions sur «\u202f{title}\u202f»',
    other: '{count} réflexions sur «\u202f{title}\u202f»',
  },
  commentsHeadingUntitled: { one: '{count} réflexion', many: '{count} de réflexions', other: '{count} réflexions' },
  commentsTitle: 'Commentaires sur «\u202f{title}\u202f»',
  commentsTitleUntitled: 'Commentaires',
  noComments: 'Aucun commentaire pour l’instant. Soyez le premier à donner votre avis.',
  loadingComments: 'Chargement des commentaires…',
  loadMoreComments: 'Charger plus de commentaires',
  says: '{name} dit\u00a0:',
  anonymous: 'Anonyme',
  commentPermalink: 'Lien vers ce commentaire',
  reply: 'Répondre',
  replyToLabel: 'Répondre à {name}',
  awaitingModeration: 'Votre commentaire est en attente de modération.',
  commentsError: 'Impossible de charger les commentaires.',

  // <blog-comment-form>
  leaveReply: 'Laisser un commentaire',
  leaveReplyTo: 'Répondre à {name}',
  cancelReply: 'Annuler la réponse',
  fillDetails: 'Entrez vos coordonnées ci-dessous\u00a0:',
  fillDetailsSignIn: 'Entrez vos coordonnées ci-dessous ou cliquez sur une icône pour vous connecter\u00a0:',
  emailLabel: 'E-mail',
  emailHint: 'Adresse jamais rendue publique',
  nameLabel: 'Nom',
  websiteLabel: 'Site web',
  commentLabel: 'Commentaire',
  required: '(obligatoire)',
  notifyComments: 'Prévenez-moi de tous les nouveaux commentaires par e-mail.',
  notifyPosts: 'Prévenez-moi de tous les nouveaux articles par e-mail.',
  rememberMe: 'Enregistrer mon nom, mon e-mail et mon site web sur cet appareil.',
  postComment: 'Laisser un commentaire',
  posting: 'Publication…',
  commentPosted: 'Votre commentaire a été publié.',
  commentHeld: 'Votre commentaire est en attente de modération.',
  draftRestored: 'Votre commentaire non envoyé a été restauré.',
  offline:
    'Vous êtes hors ligne. Votre commentaire est conservé ici\u00a0: publiez-le à nouveau une fois la connexion rétablie.',
  fixErrors: {
    one: 'Veuillez corriger {count} champ pour publier votre commentaire.',
    many: 'Veuillez corriger {count} de champs pour publier votre commentaire.',
    other: 'Veuillez corriger {count} champs pour publier votre commentaire.',
  },
  errorNameRequired: 'Veuillez saisir votre nom.',
  errorEmailRequired: 'Veuillez saisir votre adresse e-mail. Elle n’est jamais rendue publique.',
  errorEmailInvalid: 'Veuillez saisir une adresse e-mail valide, par exemple nom@example.com.',
  errorUrlInvalid:
    'Veuillez saisir une adresse web commençant par http:// ou https://, ou laisser le champ Site web vide.',
  errorContentEmpty: 'Veuillez écrire votre commentaire avant de le publier.',
  errorContentTooLong:
    'Votre commentaire compte {count} caractères, alors que ce site en accepte {max} au maximum. Veuillez le raccourcir.',
  commentingAs: 'Vous commentez à l’aide de votre compte {provider}.',
  logOut: 'Déconnexion',
  changeAccount: 'Changer',

  // sign-in
  signInOptions: 'Se connecter avec',
  signInWith: 'Se connecter avec {provider}',
  connecting: 'Connexion à {provider}…',
  cancel: 'Annuler',
  signedInAs: 'Connecté en tant que {name}',
  signInBlocked:
    'Votre navigateur a bloqué la fenêtre de connexion. Autorisez les fenêtres pop-up pour ce site et réessayez, ou saisissez vos coordonnées ci-dessous.',
  signInClosed:
    'La fenêtre de connexion a été fermée avant la fin. Réessayez, ou saisissez vos coordonnées ci-dessous.',
  signInCancelled: 'La connexion a été annulée. Votre commentaire est toujours là.',
  signInDenied: '{provider} ne vous a pas connecté. Réessayez, ou saisissez vos coordonnées ci-dessous.',
  signInUnreachable: '{provider} est injoignable. Réessayez plus tard, ou saisissez vos coordonnées ci-dessous.',
  signInFailed: 'La connexion avec {provider} n’a pas fonctionné. Réessayez, ou saisissez vos coordonnées ci-dessous.',
  signedIn: 'Vous êtes connecté en tant que {name}.',
  loggedOut: 'Vous êtes déconnecté. Votre commentaire est toujours là.',

  // <blog-likes>
  like: 'J’aime',
  likeFirst: 'Soyez le premier à aimer cette page.',
  likesCount: {
    one: '{count} blogueur aime cette page.',
    many: '{count} de blogueurs aiment cette page\u00a0:',
    other: '{count} blogueurs aiment cette page\u00a0:',
  },
  youLikeThis: 'Vous aimez cette page.',
  youAndOthersLike: {
    one: 'Vous et {count} autre blogueur aimez cette page\u00a0:',
    many: 'Vous et {count} d’autres blogueurs aimez cette page\u00a0:',
    other: 'Vous et {count} autres blogueurs aimez cette page\u00a0:',
  },
  moreLikers: '{count} de plus',
  likersTitle: 'Blogueurs qui aiment cette page',
  close: 'Fermer',
  loadingLikes: 'Chargement des «\u202fJ’aime\u202f»…',
};

export default fr;
