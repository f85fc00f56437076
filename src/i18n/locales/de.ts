import type { Strings } from '../types.js';

/** German (Deutsch). Informal „du“ as on WordPress.com; \u00a0 keeps “…” with its word. */
const de: Strings = {
  // shared states
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

  // <blog-article>
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

  // <blog-author>
  aboutAuthor: 'Über den Autor',
  realName: 'Bürgerlicher Name: {name}',
  onNetwork: '{name} auf {network}',
  website: 'Website von {name}',
  rssFeed: 'RSS-Feed von {name}',
  viewAllPosts: 'Alle Beiträge von {name} anzeigen',
  loadingAuthor: 'Autorenprofil wird geladen\u00a0…',
  errorNotAuthor: 'Unter dieser Adresse wurde kein Autorenprofil gefunden.',
  errorAuthorPrivate: '{host} macht das Profil dieses Autors nicht öffentlich zugänglich.',

  // the data layer's write errors and sources
  errorSourceUnsupported: 'Diese Seite nennt einen Kommentardienst, den diese Version von blog-widgets nicht kennt.',
  errorLoginRequired: '{host} akzeptiert nur Kommentare von angemeldeten Lesern.',
  errorNameEmailRequired: 'Bitte gib deinen Namen und deine E-Mail-Adresse ein, um zu kommentieren.',
  errorCommentInvalid: '{host} hat diesen Kommentar nicht angenommen. Prüfe die Felder und versuche es erneut.',
  errorTooLong: 'Das ist länger, als {host} zulässt. Kürze den Text und versuche es erneut.',
  errorDuplicate: 'Das hast du schon gesagt: {host} hat diesen Kommentar bereits.',
  errorTooFast: 'Du schreibst zu schnell Kommentare. Warte einen Moment und versuche es dann erneut.',
  errorCommentsClosed: 'Die Kommentarfunktion für diesen Beitrag ist geschlossen.',
  errorCommentPostMissing: '{host} konnte diesen Beitrag nicht finden, daher wurde der Kommentar nicht gespeichert.',
  errorCommentForbidden: '{host} hat nicht erlaubt, diesen Kommentar zu veröffentlichen.',
  errorLikesUnsupported: 'Likes sind auf dieser Website nicht verfügbar.',
  errorNoBackend: 'Diese Seite kann noch keine Kommentare speichern: Die Website hat keinen Kommentardienst verbunden.',
  errorNotSaved: 'Es wurde nicht gespeichert. Versuche es gleich noch einmal.',
  errorReplyParentMissing:
    'Der Kommentar, auf den du antwortest, ist nicht mehr da. Deine Antwort wurde nicht veröffentlicht; kopiere sie und veröffentliche sie als neuen Kommentar.',
  errorServiceSiteUnknown:
    '{host} speichert keine Kommentare für diese Website. Der Betreiber der Website kann sie in der Konfiguration des Dienstes hinzufügen.',
  errorLikeLimit: 'Aus deinem Netzwerk kamen zu viele Likes für diesen Beitrag; deiner wurde nicht gezählt.',
  errorSessionEnded:
    'Deine Anmeldung ist beendet (du hast dich abgemeldet oder sie ist abgelaufen). Melde dich erneut an oder gib deine Daten ein; dein Kommentar bleibt erhalten.',

  // <blog-comments>
  commentsHeading: { one: '{count} Gedanke zu „{title}“', other: '{count} Gedanken zu „{title}“' },
  commentsHeadingUntitled: { one: '{count} Gedanke', other: '{count} Gedanken' },
  commentsTitle: 'Kommentare zu „{title}“',
  commentsTitleUntitled: 'Kommentare',
  noComments: 'Noch keine Kommentare. Sei der Erste, der seine Gedanken teilt.',
  loadingComments: 'Kommentare werden geladen\u00a0…',
  loadMoreComments: 'Weitere Kommentare laden',
  says: '{name} sagt:',
  anonymous: 'Anonym',
  commentPermalink: 'Link zu diesem Kommentar',
  reply: 'Antworten',
  replyToLabel: 'Auf {name} antworten',
  awaitingModeration: 'Dein Kommentar wartet auf Freischaltung.',
  commentsError: 'Die Kommentare konnten nicht geladen werden.',

  // <blog-comment-form>
  leaveReply: 'Kommentar verfassen',
  leaveReplyTo: 'Antwort an {name} verfassen',
  cancelReply: 'Antworten abbrechen',
  fillDetails: 'Gib deine Daten unten ein:',
  fillDetailsSignIn: 'Gib deine Daten unten ein oder klicke auf ein Symbol, um dich anzumelden:',
  emailLabel: 'E-Mail',
  emailHint: 'Adresse wird niemals veröffentlicht',
  nameLabel: 'Name',
  websiteLabel: 'Website',
  commentLabel: 'Kommentar',
  required: '(erforderlich)',
  notifyComments: 'Benachrichtige mich per E-Mail über neue Kommentare.',
  notifyPosts: 'Benachrichtige mich per E-Mail über neue Beiträge.',
  rememberMe: 'Meinen Namen, meine E-Mail-Adresse und meine Website auf diesem Gerät speichern.',
  postComment: 'Kommentar abschicken',
  posting: 'Wird gesendet\u00a0…',
  commentPosted: 'Dein Kommentar wurde veröffentlicht.',
  commentHeld: 'Dein Kommentar wartet auf Freischaltung.',
  draftRestored: 'Dein nicht gesendeter Kommentar wurde wiederhergestellt.',
  offline: 'Du bist offline. Dein Kommentar bleibt hier erhalten: Schicke ihn erneut ab, sobald du wieder online bist.',
  fixErrors: {
    one: 'Bitte korrigiere {count} Feld, um deinen Kommentar zu veröffentlichen.',
    other: 'Bitte korrigiere {count} Felder, um deinen Kommentar zu veröffentlichen.',
  },
  errorNameRequired: 'Bitte gib deinen Namen ein.',
  errorEmailRequired: 'Bitte gib deine E-Mail-Adresse ein. Sie wird niemals veröffentlicht.',
  errorEmailInvalid: 'Bitte gib eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
  errorUrlInvalid:
    'Bitte gib eine Webadresse ein, die mit http:// oder https:// beginnt, oder lass das Feld „Website“ leer.',
  errorContentEmpty: 'Bitte schreib deinen Kommentar, bevor du ihn abschickst.',
  errorContentTooLong:
    'Dein Kommentar ist {count} Zeichen lang, diese Website erlaubt höchstens {max}. Bitte kürze ihn.',
  commentingAs: 'Du kommentierst mit deinem {provider}-Konto.',
  logOut: 'Abmelden',
  changeAccount: 'Ändern',

  // sign-in
  signInOptions: 'Anmelden mit',
  signInWith: 'Mit {provider} anmelden',
  connecting: 'Verbindung mit {provider} wird hergestellt\u00a0…',
  cancel: 'Abbrechen',
  signedInAs: 'Angemeldet als {name}',
  signInBlocked:
    'Dein Browser hat das Anmeldefenster blockiert. Erlaube Pop-ups für diese Website und versuche es erneut, oder gib unten deine Daten ein.',
  signInClosed:
    'Das Anmeldefenster wurde geschlossen, bevor du fertig warst. Versuche es erneut, oder gib unten deine Daten ein.',
  signInCancelled: 'Die Anmeldung wurde abgebrochen. Dein Kommentar ist noch da.',
  signInDenied: '{provider} hat dich nicht angemeldet. Versuche es erneut, oder gib unten deine Daten ein.',
  signInUnreachable: '{provider} ist nicht erreichbar. Versuche es später erneut, oder gib unten deine Daten ein.',
  signInFailed:
    'Die Anmeldung mit {provider} hat nicht funktioniert. Versuche es erneut, oder gib unten deine Daten ein.',
  signedIn: 'Du bist als {name} angemeldet.',
  loggedOut: 'Du bist abgemeldet. Dein Kommentar ist noch da.',

  // <blog-likes>
  like: 'Gefällt mir',
  likeFirst: 'Sei der Erste, dem dies gefällt.',
  likesCount: { one: '{count} Blogger gefällt das.', other: '{count} Bloggern gefällt das:' },
  youLikeThis: 'Dir gefällt das.',
  youAndOthersLike: {
    one: 'Dir und {count} weiteren Blogger gefällt das:',
    other: 'Dir und {count} weiteren Bloggern gefällt das:',
  },
  moreLikers: '{count} weitere',
  likersTitle: 'Blogger, denen das gefällt',
  close: 'Schließen',
  loadingLikes: 'Likes werden geladen\u00a0…',
};

export default de;
