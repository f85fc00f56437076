import type { Strings } from '../types.js';

/**
 * Portuguese (português), Brazilian as CLDR's `pt` and WordPress.com's pt-br, with “você”;
 * `many` is for millions (“1.000.000 de minutos”).
 */
const pt: Strings = {
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  errorNotFound: 'Nada foi encontrado neste endereço (404).',
  errorUnreachable: 'Não foi possível acessar {host}. Verifique sua conexão e tente novamente.',
  errorCors:
    '{host} não permite que esta página leia seus dados (CORS). O proprietário do site pode liberar esta origem.',
  errorTimeout: '{host} demorou demais para responder.',
  errorServer: '{host} respondeu com um erro ({status}). Tente novamente em instantes.',
  errorNotJson: '{host} não respondeu com dados que este elemento consiga ler.',
  errorGone: 'Este conteúdo não está mais disponível.',

  postedIn: 'Publicado em {list}',
  taggedWith: 'Marcado com {list}',
  listSeparator: ', ',
  byline: 'por {name}',
  publishedOn: 'Publicado em {date}',
  updatedOn: 'Atualizado em {date}',
  readingTime: {
    one: '{count} minuto de leitura',
    many: '{count} de minutos de leitura',
    other: '{count} minutos de leitura',
  },
  continueReading: 'Continuar lendo',
  continueReadingLabel: 'Continuar lendo “{title}”',
  showLess: 'Mostrar menos',
  loadingPost: 'Carregando o post…',
  errorNotPost: 'O endereço não retornou um post de blog.',

  aboutAuthor: 'Sobre o autor',
  realName: 'Nome real: {name}',
  onNetwork: '{network} de {name}',
  website: 'Site de {name}',
  rssFeed: 'Feed RSS de {name}',
  viewAllPosts: 'Ver todos os posts de {name}',
  loadingAuthor: 'Carregando o perfil do autor…',
  errorNotAuthor: 'O endereço não retornou um perfil de autor.',
  errorAuthorPrivate: '{host} não torna público o perfil deste autor.',
};

export default pt;
