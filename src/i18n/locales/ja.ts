import type { Strings } from '../types.js';

/** Japanese (日本語), polite style as on WordPress.com; one plural form. */
const ja: Strings = {
  // shared states
  loading: '読み込み中…',
  retry: '再試行',
  errorNotFound: 'このアドレスには何も見つかりませんでした（404）。',
  errorUnreachable: '{host} に接続できませんでした。接続状況を確認して、もう一度お試しください。',
  errorCors:
    '{host} は、このページからのデータの読み込みを許可していません（CORS）。サイトの所有者はこのオリジンを許可できます。',
  errorTimeout: '{host} からの応答に時間がかかりすぎました。',
  errorServer: '{host} からエラーが返されました（{status}）。しばらくしてからもう一度お試しください。',
  errorNotJson: '{host} から、この要素で読み込めるデータが返されませんでした。',
  errorGone: 'このコンテンツは利用できなくなりました。',

  // <blog-article>
  postedIn: 'カテゴリー: {list}',
  taggedWith: 'タグ: {list}',
  listSeparator: '、',
  byline: '投稿者: {name}',
  publishedOn: '公開日: {date}',
  updatedOn: '更新日: {date}',
  readingTime: { other: '{count}分で読めます' },
  continueReading: '続きを読む',
  continueReadingLabel: '「{title}」の続きを読む',
  showLess: '折りたたむ',
  loadingPost: '投稿を読み込み中…',
  errorNotPost: 'このアドレスからブログ投稿を取得できませんでした。',

  // <blog-author>
  aboutAuthor: '投稿者について',
  realName: '本名: {name}',
  onNetwork: '{name}の{network}',
  website: '{name}のウェブサイト',
  rssFeed: '{name}の RSS フィード',
  viewAllPosts: '{name}のすべての投稿を表示',
  loadingAuthor: '投稿者情報を読み込み中…',
  errorNotAuthor: 'このアドレスから投稿者情報を取得できませんでした。',
  errorAuthorPrivate: '{host} では、この投稿者のプロフィールは公開されていません。',

  // the data layer's write errors and sources
  errorSourceUnsupported:
    'このページで指定されているコメントサービスには、このバージョンの blog-widgets は対応していません。',
  errorLoginRequired: '{host} では、ログインしている読者のみコメントできます。',
  errorNameEmailRequired: 'コメントするには、名前とメールアドレスを入力してください。',
  errorCommentInvalid: '{host} はこのコメントを受け付けませんでした。入力内容を確認して、もう一度お試しください。',
  errorTooLong: '{host} で受け付けられる長さを超えています。短くして、もう一度お試しください。',
  errorDuplicate: 'このコメントは投稿済みです。{host} にすでに同じコメントがあります。',
  errorTooFast: 'コメントの投稿が速すぎます。少し待ってから、もう一度お試しください。',
  errorCommentsClosed: 'この投稿へのコメントは受け付けていません。',
  errorCommentPostMissing: '{host} でこの投稿が見つからなかったため、コメントは保存されませんでした。',
  errorCommentForbidden: '{host} で、このコメントの投稿が許可されませんでした。',
  errorLikesUnsupported: 'このサイトでは「いいね」を利用できません。',
  errorNoBackend: 'このページではまだコメントを保存できません。サイトにコメントサービスが接続されていません。',
  errorNotSaved: '保存されませんでした。しばらくしてからもう一度お試しください。',
  errorReplyParentMissing:
    '返信先のコメントはもうありません。返信は投稿されませんでした。コピーして新しいコメントとして投稿してください。',
  errorServiceSiteUnknown:
    '{host} はこのサイトのコメントを扱っていません。サイトの管理者がサービスの設定にこのサイトを追加できます。',
  errorLikeLimit:
    'この投稿には、あなたのネットワークから多すぎる「いいね」が届いています。あなたの「いいね」は数えられませんでした。',
  errorSessionEnded:
    'ログインが終了しました（ログアウトしたか、有効期限が切れました）。もう一度ログインするか、詳細を入力してください。コメントは保持されています。',

  // <blog-comments>
  commentsHeading: { other: '「{title}」への{count}件のコメント' },
  commentsHeadingUntitled: { other: '{count}件のコメント' },
  commentsTitle: '「{title}」へのコメント',
  commentsTitleUntitled: 'コメント',
  noComments: 'まだコメントはありません。最初のコメントをお寄せください。',
  loadingComments: 'コメントを読み込み中…',
  loadMoreComments: 'さらにコメントを読み込む',
  says: '{name} より:',
  anonymous: '匿名',
  commentPermalink: 'このコメントへのリンク',
  reply: '返信',
  replyToLabel: '{name}に返信',
  awaitingModeration: 'コメントは承認待ちです。',
  commentsError: 'コメントを読み込めませんでした。',

  // <blog-comment-form>
  leaveReply: 'コメントを残す',
  leaveReplyTo: '{name}にコメントする',
  cancelReply: '返信をキャンセル',
  fillDetails: '以下に詳細を記入してください。',
  fillDetailsSignIn: '以下に詳細を記入するか、アイコンをクリックしてログインしてください。',
  emailLabel: 'メールアドレス',
  emailHint: 'アドレスが公開されることはありません',
  nameLabel: '名前',
  websiteLabel: 'ウェブサイト',
  commentLabel: 'コメント',
  required: '（必須）',
  notifyComments: '新しいコメントをメールで通知する。',
  notifyPosts: '新しい投稿をメールで受け取る。',
  rememberMe: 'このデバイスに名前、メールアドレス、ウェブサイトを保存する。',
  postComment: 'コメントを送信',
  posting: '送信中…',
  commentPosted: 'コメントを投稿しました。',
  commentHeld: 'コメントは承認待ちです。',
  draftRestored: '未送信のコメントを復元しました。',
  offline: 'オフラインです。コメントはここに保持されています。オンラインに戻ったら、もう一度投稿してください。',
  fixErrors: { other: 'コメントを投稿するには、{count}件の項目を修正してください。' },
  errorNameRequired: '名前を入力してください。',
  errorEmailRequired: 'メールアドレスを入力してください。メールアドレスが公開されることはありません。',
  errorEmailInvalid: '有効なメールアドレスを入力してください（例: name@example.com）。',
  errorUrlInvalid: 'http:// または https:// で始まるウェブアドレスを入力するか、「ウェブサイト」を空欄にしてください。',
  errorContentEmpty: '投稿する前にコメントを入力してください。',
  errorContentTooLong: 'コメントが{count}文字あります。このサイトで投稿できるのは{max}文字までです。短くしてください。',
  commentingAs: '{provider} アカウントを使用してコメントしています。',
  logOut: 'ログアウト',
  changeAccount: '変更',

  // sign-in
  signInOptions: 'ログイン方法',
  signInWith: '{provider} でログイン',
  connecting: '{provider} に接続しています…',
  cancel: 'キャンセル',
  signedInAs: '{name} としてログイン中',
  signInBlocked:
    'ブラウザーがログインウィンドウをブロックしました。このサイトのポップアップを許可してもう一度お試しいただくか、以下に詳細を入力してください。',
  signInClosed:
    'ログインが完了する前にログインウィンドウが閉じられました。もう一度お試しいただくか、以下に詳細を入力してください。',
  signInCancelled: 'ログインはキャンセルされました。コメントはそのまま残っています。',
  signInDenied: '{provider} でログインできませんでした。もう一度お試しいただくか、以下に詳細を入力してください。',
  signInUnreachable: '{provider} に接続できませんでした。後でもう一度お試しいただくか、以下に詳細を入力してください。',
  signInFailed: '{provider} でのログインに失敗しました。もう一度お試しいただくか、以下に詳細を入力してください。',
  signedIn: '{name} としてログインしました。',
  loggedOut: 'ログアウトしました。コメントはそのまま残っています。',

  // <blog-likes>
  like: 'いいね',
  likeFirst: '最初の「いいね」をつけてみませんか。',
  likesCount: { other: '{count}人のブロガーが「いいね」をつけました:' },
  youLikeThis: 'あなたが「いいね」をつけました。',
  youAndOthersLike: { other: 'あなたと他{count}人のブロガーが「いいね」をつけました:' },
  moreLikers: '他{count}人',
  likersTitle: '「いいね」をつけたブロガー',
  close: '閉じる',
  loadingLikes: '「いいね」を読み込み中…',
};

export default ja;
