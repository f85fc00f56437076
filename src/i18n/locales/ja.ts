import type { Strings } from '../types.js';

/** Japanese (日本語), polite style as on WordPress.com; one plural form. */
const ja: Strings = {
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

  aboutAuthor: '投稿者について',
  realName: '本名: {name}',
  onNetwork: '{name}の{network}',
  website: '{name}のウェブサイト',
  rssFeed: '{name}の RSS フィード',
  viewAllPosts: '{name}のすべての投稿を表示',
  loadingAuthor: '投稿者情報を読み込み中…',
  errorNotAuthor: 'このアドレスから投稿者情報を取得できませんでした。',
  errorAuthorPrivate: '{host} では、この投稿者のプロフィールは公開されていません。',
};

export default ja;
