import type { Strings } from '../types.js';

/**
 * French (français), « vous » as on WordPress.com. Typography: \u202f (narrow no-break space)
 * inside « » and \u00a0 (no-break space) before a colon; `many` is for millions
 * (« 1 000 000 de minutes »).
 */
const fr: Strings = {
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

  aboutAuthor: 'À propos de l’auteur',
  realName: 'Nom réel\u00a0: {name}',
  onNetwork: '{name} sur {network}',
  website: 'Site web de {name}',
  rssFeed: 'Flux RSS de {name}',
  viewAllPosts: 'Voir tous les articles de {name}',
  loadingAuthor: 'Chargement du profil de l’auteur…',
  errorNotAuthor: 'Cette adresse n’a pas renvoyé de profil d’auteur.',
  errorAuthorPrivate: '{host} ne rend pas public le profil de cet auteur.',
};

export default fr;
