import type { Strings } from '../types.js';

/**
 * Hebrew (עברית). Instructions use the gender-neutral infinitive ("יש לנסות שוב");
 * plural forms one, two and other (CLDR 42 dropped `many` for Hebrew).
 */
const he: Strings = {
  // shared states
  loading: 'בטעינה…',
  retry: 'לנסות שוב',
  errorNotFound: 'לא נמצא דבר בכתובת הזו (404).',
  errorUnreachable: 'לא ניתן להתחבר אל {host}. יש לבדוק את החיבור ולנסות שוב.',
  errorCors: '{host} אינו מאפשר לדף הזה לקרוא את הנתונים שלו (CORS). בעל האתר יכול לאשר את המקור הזה.',
  errorTimeout: '{host} לא הגיב בזמן.',
  errorServer: '{host} השיב בשגיאה ({status}). יש לנסות שוב בעוד רגע.',
  errorNotJson: '{host} לא החזיר נתונים שהרכיב הזה יכול לקרוא.',
  errorGone: 'התוכן הזה כבר אינו זמין.',

  // <blog-article>
  postedIn: 'פורסם ב{list}',
  taggedWith: 'תגיות: {list}',
  listSeparator: ', ',
  byline: 'מאת {name}',
  publishedOn: 'פורסם בתאריך {date}',
  updatedOn: 'עודכן בתאריך {date}',
  readingTime: {
    one: 'זמן קריאה: {count} דקה',
    two: 'זמן קריאה: {count} דקות',
    other: 'זמן קריאה: {count} דקות',
  },
  continueReading: 'להמשך קריאה',
  continueReadingLabel: 'להמשך קריאת ”{title}”',
  showLess: 'להציג פחות',
  loadingPost: 'הפוסט בטעינה…',
  errorNotPost: 'הכתובת לא החזירה פוסט של בלוג.',

  // <blog-author>
  aboutAuthor: 'על המחבר',
  realName: 'שם אמיתי: {name}',
  onNetwork: '{name} ב-{network}',
  website: 'האתר של {name}',
  rssFeed: 'פיד RSS של {name}',
  viewAllPosts: 'להצגת כל הפוסטים של {name}',
  loadingAuthor: 'פרטי המחבר בטעינה…',
  errorNotAuthor: 'הכתובת לא החזירה פרטי מחבר.',
  errorAuthorPrivate: '{host} אינו מציג לציבור את הפרופיל של המחבר הזה.',

  // the data layer's write errors and sources
  errorSourceUnsupported: 'הדף הזה מציין שירות תגובות שהגרסה הזו של blog-widgets אינה מכירה.',
  errorLoginRequired: '{host} מקבל תגובות רק מקוראים שמחוברים לחשבון.',
  errorNameEmailRequired: 'כדי להגיב יש להזין שם וכתובת אימייל.',
  errorCommentInvalid: '{host} לא קיבל את התגובה הזו. יש לבדוק את השדות ולנסות שוב.',
  errorTooLong: 'הטקסט ארוך יותר ממה ש-{host} מקבל. יש לקצר אותו ולנסות שוב.',
  errorDuplicate: 'כבר כתבת את זה: התגובה הזו כבר קיימת ב-{host}.',
  errorTooFast: 'התגובות נשלחות מהר מדי. יש להמתין רגע ולנסות שוב.',
  errorCommentsClosed: 'התגובות לפוסט הזה סגורות.',
  errorCommentPostMissing: '{host} לא מצא את הפוסט הזה, ולכן התגובה לא נשמרה.',
  errorCommentForbidden: '{host} לא אפשר לפרסם את התגובה הזו.',
  errorLikesUnsupported: 'לייקים אינם זמינים באתר הזה.',
  errorNoBackend: 'הדף הזה עדיין לא יכול לשמור תגובות: האתר לא חיבר שירות תגובות.',
  errorNotSaved: 'דבר לא נשמר. יש לנסות שוב בעוד רגע.',
  errorReplyParentMissing:
    'התגובה שאליה משיבים כבר לא קיימת. התשובה לא פורסמה; אפשר להעתיק אותה ולפרסם אותה כתגובה חדשה.',
  errorServiceSiteUnknown: '{host} לא שומר תגובות עבור האתר הזה. בעל האתר יכול להוסיף אותו להגדרות השירות.',
  errorLikeLimit: 'הגיעו יותר מדי לייקים מהרשת שלך לפוסט הזה; הלייק שלך לא נספר.',
  errorSessionEnded: 'ההתחברות שלך הסתיימה (התנתקת או שתוקפה פג). יש להתחבר שוב או למלא את הפרטים; התגובה שלך נשמרה.',

  // <blog-comments>
  commentsHeading: {
    one: '{count} תגובה על ”{title}”',
    two: '{count} תגובות על ”{title}”',
    other: '{count} תגובות על ”{title}”',
  },
  commentsHeadingUntitled: { one: '{count} תגובה', two: '{count} תגובות', other: '{count} תגובות' },
  commentsTitle: 'תגובות על ”{title}”',
  commentsTitleUntitled: 'תגובות',
  noComments: 'אין עדיין תגובות. אפשר להיות הראשונים לשתף מחשבות.',
  loadingComments: 'התגובות בטעינה…',
  loadMoreComments: 'לטעון תגובות נוספות',
  says: '{name} כתב/ה:',
  anonymous: 'אנונימי',
  commentPermalink: 'קישור לתגובה הזו',
  reply: 'להגיב',
  replyToLabel: 'להגיב ל-{name}',
  awaitingModeration: 'התגובה שלך ממתינה לאישור.',
  commentsError: 'לא ניתן לטעון את התגובות.',

  // <blog-comment-form>
  leaveReply: 'כתיבת תגובה',
  leaveReplyTo: 'כתיבת תגובה ל-{name}',
  cancelReply: 'ביטול תגובה',
  fillDetails: 'יש למלא את הפרטים שלך כאן:',
  fillDetailsSignIn: 'יש למלא את הפרטים שלך כאן או ללחוץ על אחד הסמלים כדי להתחבר:',
  emailLabel: 'אימייל',
  emailHint: 'הכתובת לעולם לא תפורסם',
  nameLabel: 'שם',
  websiteLabel: 'אתר אינטרנט',
  commentLabel: 'תגובה',
  required: '(חובה)',
  notifyComments: 'לשלוח לי הודעה באימייל על תגובות חדשות.',
  notifyPosts: 'לשלוח לי הודעה באימייל על פוסטים חדשים.',
  rememberMe: 'לשמור את השם, האימייל והאתר שלי במכשיר הזה.',
  postComment: 'פרסום תגובה',
  posting: 'בפרסום…',
  commentPosted: 'התגובה שלך פורסמה.',
  commentHeld: 'התגובה שלך ממתינה לאישור.',
  draftRestored: 'התגובה שלך שלא נשלחה שוחזרה.',
  offline: 'אין חיבור לאינטרנט. התגובה שלך נשמרת כאן: אפשר לפרסם אותה שוב כשהחיבור יחזור.',
  fixErrors: {
    one: 'כדי לפרסם את התגובה יש לתקן {count} שדה.',
    two: 'כדי לפרסם את התגובה יש לתקן {count} שדות.',
    other: 'כדי לפרסם את התגובה יש לתקן {count} שדות.',
  },
  errorNameRequired: 'יש להזין שם.',
  errorEmailRequired: 'יש להזין כתובת אימייל. היא לעולם לא תפורסם.',
  errorEmailInvalid: 'יש להזין כתובת אימייל תקינה, כמו name@example.com.',
  errorUrlInvalid: 'יש להזין כתובת אינטרנט שמתחילה ב-http:// או ב-https://, או להשאיר את השדה ”אתר אינטרנט” ריק.',
  errorContentEmpty: 'יש לכתוב את התגובה לפני הפרסום.',
  errorContentTooLong: 'אורך התגובה שלך {count} תווים, והאתר הזה מקבל עד {max}. יש לקצר אותה.',
  commentingAs: 'התגובה נכתבת באמצעות החשבון שלך ב-{provider}.',
  logOut: 'התנתקות',
  changeAccount: 'שינוי',

  // sign-in
  signInOptions: 'התחברות באמצעות',
  signInWith: 'התחברות באמצעות {provider}',
  connecting: 'מתבצע חיבור אל {provider}…',
  cancel: 'ביטול',
  signedInAs: 'מחובר/ת בתור {name}',
  signInBlocked: 'הדפדפן חסם את חלון ההתחברות. יש לאפשר חלונות קופצים לאתר זה ולנסות שוב, או למלא את הפרטים למטה.',
  signInClosed: 'חלון ההתחברות נסגר לפני הסיום. יש לנסות שוב, או למלא את הפרטים למטה.',
  signInCancelled: 'ההתחברות בוטלה. התגובה שלך עדיין כאן.',
  signInDenied: '{provider} לא חיבר/ה אותך. יש לנסות שוב, או למלא את הפרטים למטה.',
  signInUnreachable: 'לא ניתן להגיע אל {provider}. יש לנסות מאוחר יותר, או למלא את הפרטים למטה.',
  signInFailed: 'ההתחברות באמצעות {provider} לא הצליחה. יש לנסות שוב, או למלא את הפרטים למטה.',
  signedIn: 'התחברת בתור {name}.',
  loggedOut: 'התנתקת. התגובה שלך עדיין כאן.',

  // <blog-likes>
  like: 'אהבתי',
  likeFirst: 'אפשר להיות הראשונים לסמן אהבתי.',
  likesCount: {
    one: '{count} בלוגר אהב את זה.',
    two: '{count} בלוגרים אהבו את זה:',
    other: '{count} בלוגרים אהבו את זה:',
  },
  youLikeThis: 'אהבת את זה.',
  youAndOthersLike: {
    one: 'אהבת את זה, וגם {count} בלוגר נוסף:',
    two: 'אהבת את זה, וגם {count} בלוגרים נוספים:',
    other: 'אהבת את זה, וגם {count} בלוגרים נוספים:',
  },
  moreLikers: 'ועוד {count}',
  likersTitle: 'בלוגרים שאהבו את זה',
  close: 'סגירה',
  loadingLikes: 'הלייקים בטעינה…',
};

export default he;
