import type { Strings } from '../types.js';

/** Simplified Chinese (简体中文), also shown for other `zh` tags; one plural form. */
const zh: Strings = {
  loading: '正在加载…',
  retry: '重试',
  errorNotFound: '此地址下未找到任何内容（404）。',
  errorUnreachable: '无法连接到 {host}。请检查网络连接后重试。',
  errorCors: '{host} 不允许此页面读取其数据（CORS）。网站所有者可以允许此来源。',
  errorTimeout: '{host} 响应超时。',
  errorServer: '{host} 返回了错误（{status}）。请稍后重试。',
  errorNotJson: '{host} 返回的数据无法被此元素读取。',
  errorGone: '此内容已不再可用。',

  postedIn: '分类：{list}',
  taggedWith: '标签：{list}',
  listSeparator: '、',
  byline: '作者：{name}',
  publishedOn: '发布于 {date}',
  updatedOn: '更新于 {date}',
  readingTime: { other: '阅读时长 {count} 分钟' },
  continueReading: '继续阅读',
  continueReadingLabel: '继续阅读“{title}”',
  showLess: '收起',
  loadingPost: '正在加载文章…',
  errorNotPost: '该地址未返回博客文章。',

  aboutAuthor: '关于作者',
  realName: '真实姓名：{name}',
  onNetwork: '{name}的{network}',
  website: '{name}的网站',
  rssFeed: '{name}的 RSS 订阅源',
  viewAllPosts: '查看{name}的所有文章',
  loadingAuthor: '正在加载作者信息…',
  errorNotAuthor: '该地址未返回作者信息。',
  errorAuthorPrivate: '{host} 未公开此作者的个人资料。',
};

export default zh;
