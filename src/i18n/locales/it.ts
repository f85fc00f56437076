import type { Strings } from '../types.js';

/** Italian (italiano), informal “tu” as on WordPress.com; `many` is for millions («1.000.000 di minuti»). */
const it: Strings = {
  loading: 'Caricamento…',
  retry: 'Riprova',
  errorNotFound: 'Non è stato trovato nulla a questo indirizzo (404).',
  errorUnreachable: 'Impossibile raggiungere {host}. Controlla la connessione e riprova.',
  errorCors:
    '{host} non consente a questa pagina di leggere i propri dati (CORS). Il proprietario del sito può autorizzare questa origine.',
  errorTimeout: '{host} ha impiegato troppo tempo a rispondere.',
  errorServer: '{host} ha risposto con un errore ({status}). Riprova tra qualche istante.',
  errorNotJson: '{host} non ha risposto con dati leggibili da questo elemento.',
  errorGone: 'Questo contenuto non è più disponibile.',

  postedIn: 'Pubblicato in {list}',
  taggedWith: 'Taggato {list}',
  listSeparator: ', ',
  byline: 'di {name}',
  publishedOn: 'Pubblicato il {date}',
  updatedOn: 'Aggiornato il {date}',
  readingTime: {
    one: '{count} minuto di lettura',
    many: '{count} di minuti di lettura',
    other: '{count} minuti di lettura',
  },
  continueReading: 'Continua a leggere',
  continueReadingLabel: 'Continua a leggere «{title}»',
  showLess: 'Mostra meno',
  loadingPost: 'Caricamento dell’articolo…',
  errorNotPost: 'L’indirizzo non ha restituito un articolo del blog.',

  aboutAuthor: 'Informazioni sull’autore',
  realName: 'Vero nome: {name}',
  onNetwork: '{name} su {network}',
  website: 'Sito web di {name}',
  rssFeed: 'Feed RSS di {name}',
  viewAllPosts: 'Visualizza tutti gli articoli di {name}',
  loadingAuthor: 'Caricamento del profilo dell’autore…',
  errorNotAuthor: 'L’indirizzo non ha restituito un profilo di autore.',
  errorAuthorPrivate: '{host} non rende pubblico il profilo di questo autore.',
};

export default it;
