import type { Strings } from '../types.js';

/** German (Deutsch). Informal „du“ as on WordPress.com; \u00a0 keeps “…” with its word. */
const de: Strings = {
  loading: 'Wird geladen\u00a0…',
  retry: 'Erneut versuchen',
  errorNotFound: 'Unter dieser Adresse wurde nichts gefunden (404).',
  errorUnreachable: '{host} ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
  errorCors:
    '{host} erlaubt dieser Seite nicht, die Daten der Website zu lesen (CORS). Der Betreiber der Website kann diesen Ursprung freigeben.',
  errorTimeout: '{host} hat nicht rechtzeitig geantwortet.',
  errorServer: '{host} hat mit einem Fehler geantwortet ({status}). Versuche es gleich noch einmal.',
  errorNotJson: '{host} hat keine Daten geliefert, die dieses Element lesen kann.',
  errorGone: 'Dieser Inhalt ist nicht mehr verfügbar.',

  postedIn: 'Veröffentlicht in {list}',
  taggedWith: 'Verschlagwortet mit {list}',
  listSeparator: ', ',
  byline: 'von {name}',
  publishedOn: 'Veröffentlicht am {date}',
  updatedOn: 'Aktualisiert am {date}',
  readingTime: { one: '{count} Minute Lesezeit', other: '{count} Minuten Lesezeit' },
  continueReading: 'Weiterlesen',
  continueReadingLabel: '„{title}“ weiterlesen',
  showLess: 'Weniger anzeigen',
  loadingPost: 'Beitrag wird geladen\u00a0…',
  errorNotPost: 'Unter dieser Adresse wurde kein Blogbeitrag gefunden.',

  aboutAuthor: 'Über den Autor',
  realName: 'Bürgerlicher Name: {name}',
  onNetwork: '{name} auf {network}',
  website: 'Website von {name}',
  rssFeed: 'RSS-Feed von {name}',
  viewAllPosts: 'Alle Beiträge von {name} anzeigen',
  loadingAuthor: 'Autorenprofil wird geladen\u00a0…',
  errorNotAuthor: 'Unter dieser Adresse wurde kein Autorenprofil gefunden.',
  errorAuthorPrivate: '{host} macht das Profil dieses Autors nicht öffentlich zugänglich.',
};

export default de;
