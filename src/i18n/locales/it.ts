import type { Strings } from '../types.js';

/** Italian (italiano), informal “tu” as on WordPress.com; `many` is for millions («1.000.000 di minuti»). */
const it: Strings = {
  // shared states
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

  // <blog-article>
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

  // <blog-author>
  aboutAuthor: 'Informazioni sull’autore',
  realName: 'Vero nome: {name}',
  onNetwork: '{name} su {network}',
  website: 'Sito web di {name}',
  rssFeed: 'Feed RSS di {name}',
  viewAllPosts: 'Visualizza tutti gli articoli di {name}',
  loadingAuthor: 'Caricamento del profilo dell’autore…',
  errorNotAuthor: 'L’indirizzo non ha restituito un profilo di autore.',
  errorAuthorPrivate: '{host} non rende pubblico il profilo di questo autore.',

  // the data layer's write errors and sources
  errorSourceUnsupported:
    'Questa pagina indica un servizio di commenti che questa versione di blog-widgets non conosce.',
  errorLoginRequired: '{host} accetta solo commenti da lettori che hanno effettuato l’accesso.',
  errorNameEmailRequired: 'Inserisci il tuo nome e il tuo indirizzo email per commentare.',
  errorCommentInvalid: '{host} non ha accettato questo commento. Controlla i campi e riprova.',
  errorTooLong: 'Il testo è più lungo di quanto {host} accetti. Accorcialo e riprova.',
  errorDuplicate: 'L’hai già detto: {host} ha già questo commento.',
  errorTooFast: 'Stai pubblicando commenti troppo velocemente. Attendi un momento e riprova.',
  errorCommentsClosed: 'I commenti sono chiusi per questo articolo.',
  errorCommentPostMissing: '{host} non ha trovato questo articolo, quindi il commento non è stato salvato.',
  errorCommentForbidden: '{host} non ha consentito la pubblicazione di questo commento.',
  errorLikesUnsupported: 'I «Mi piace» non sono disponibili su questo sito.',
  errorNoBackend: 'Questa pagina non può ancora salvare commenti: il sito non ha collegato un servizio di commenti.',
  errorNotSaved: 'Non è stato salvato. Riprova tra qualche istante.',
  errorReplyParentMissing:
    'Il commento a cui rispondi non c’è più. La tua risposta non è stata pubblicata: copiala e pubblicala come nuovo commento.',
  errorServiceSiteUnknown:
    '{host} non conserva commenti per questo sito. Il proprietario del sito può aggiungerlo alla configurazione del servizio.',
  errorLikeLimit: 'Dalla tua rete sono arrivati troppi «Mi piace» per questo articolo; il tuo non è stato conteggiato.',
  errorSessionEnded:
    'Il tuo accesso è terminato (sei uscito o è scaduto). Accedi di nuovo o inserisci i tuoi dati; il tuo commento è conservato.',

  // <blog-comments>
  commentsHeading: {
    one: '{count} pensiero su «{title}»',
    many: '{count} di pensieri su «{title}»',
    other: '{count} pensieri su «{title}»',
  },
  commentsHeadingUntitled: { one: '{count} pensiero', many: '{count} di pensieri', other: '{count} pensieri' },
  commentsTitle: 'Commenti su «{title}»',
  commentsTitleUntitled: 'Commenti',
  noComments: 'Ancora nessun commento. Sii il primo a condividere la tua opinione.',
  loadingComments: 'Caricamento dei commenti…',
  loadMoreComments: 'Carica altri commenti',
  says: '{name} ha detto:',
  anonymous: 'Anonimo',
  commentPermalink: 'Link a questo commento',
  reply: 'Rispondi',
  replyToLabel: 'Rispondi a {name}',
  awaitingModeration: 'Il tuo commento è in attesa di moderazione.',
  commentsError: 'Impossibile caricare i commenti.',

  // <blog-comment-form>
  leaveReply: 'Lascia un commento',
  leaveReplyTo: 'Rispondi a {name}',
  cancelReply: 'Annulla risposta',
  fillDetails: 'Inserisci i tuoi dati qui sotto:',
  fillDetailsSignIn: 'Inserisci i tuoi dati qui sotto o clicca su un’icona per effettuare l’accesso:',
  emailLabel: 'Email',
  emailHint: 'L’indirizzo non verrà mai reso pubblico',
  nameLabel: 'Nome',
  websiteLabel: 'Sito web',
  commentLabel: 'Commento',
  required: '(obbligatorio)',
  notifyComments: 'Avvisami via email dei nuovi commenti.',
  notifyPosts: 'Avvisami via email dei nuovi articoli.',
  rememberMe: 'Ricorda il mio nome, la mia email e il mio sito web su questo dispositivo.',
  postComment: 'Invia commento',
  posting: 'Invio in corso…',
  commentPosted: 'Il tuo commento è stato pubblicato.',
  commentHeld: 'Il tuo commento è in attesa di moderazione.',
  draftRestored: 'Il tuo commento non inviato è stato ripristinato.',
  offline: 'Sei offline. Il tuo commento resta qui: invialo di nuovo quando sarai tornato online.',
  fixErrors: {
    one: 'Correggi {count} campo per pubblicare il tuo commento.',
    many: 'Correggi {count} di campi per pubblicare il tuo commento.',
    other: 'Correggi {count} campi per pubblicare il tuo commento.',
  },
  errorNameRequired: 'Inserisci il tuo nome.',
  errorEmailRequired: 'Inserisci il tuo indirizzo email. Non verrà mai reso pubblico.',
  errorEmailInvalid: 'Inserisci un indirizzo email valido, ad esempio nome@example.com.',
  errorUrlInvalid:
    'Inserisci un indirizzo web che inizi con http:// o https://, oppure lascia vuoto il campo Sito web.',
  errorContentEmpty: 'Scrivi il tuo commento prima di pubblicarlo.',
  errorContentTooLong:
    'Il tuo commento è lungo {count} caratteri, ma questo sito ne accetta al massimo {max}. Accorcialo.',
  commentingAs: 'Stai commentando usando il tuo account {provider}.',
  logOut: 'Esci',
  changeAccount: 'Modifica',

  // sign-in
  signInOptions: 'Accedi con',
  signInWith: 'Accedi con {provider}',
  connecting: 'Connessione a {provider}…',
  cancel: 'Annulla',
  signedInAs: 'Accesso effettuato come {name}',
  signInBlocked:
    'Il browser ha bloccato la finestra di accesso. Consenti i pop-up per questo sito e riprova, oppure inserisci i tuoi dati qui sotto.',
  signInClosed:
    'La finestra di accesso è stata chiusa prima della fine. Riprova, oppure inserisci i tuoi dati qui sotto.',
  signInCancelled: 'L’accesso è stato annullato. Il tuo commento è ancora qui.',
  signInDenied: '{provider} non ti ha fatto accedere. Riprova, oppure inserisci i tuoi dati qui sotto.',
  signInUnreachable: '{provider} non è raggiungibile. Riprova più tardi, oppure inserisci i tuoi dati qui sotto.',
  signInFailed: 'L’accesso con {provider} non è riuscito. Riprova, oppure inserisci i tuoi dati qui sotto.',
  signedIn: 'Hai effettuato l’accesso come {name}.',
  loggedOut: 'Sei uscito. Il tuo commento è ancora qui.',

  // <blog-likes>
  like: 'Mi piace',
  likeFirst: 'Di’ per primo che ti piace.',
  likesCount: {
    one: 'A {count} blogger piace questo.',
    many: 'A {count} di blogger piace questo:',
    other: 'A {count} blogger piace questo:',
  },
  youLikeThis: 'Ti piace questo.',
  youAndOthersLike: {
    one: 'A te e a {count} altro blogger piace questo:',
    many: 'A te e a {count} di altri blogger piace questo:',
    other: 'A te e a {count} altri blogger piace questo:',
  },
  moreLikers: 'altri {count}',
  likersTitle: 'Blogger a cui piace questo',
  close: 'Chiudi',
  loadingLikes: 'Caricamento dei «Mi piace»…',
};

export default it;
