import type { Strings } from '../types.js';

/**
 * Portuguese (português), Brazilian as CLDR's `pt` and WordPress.com's pt-br, with “você”;
 * `many` is for millions (“1.000.000 de minutos”).
 */
const pt: Strings = {
  // shared states
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

  // <blog-article>
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

  // <blog-author>
  aboutAuthor: 'Sobre o autor',
  realName: 'Nome real: {name}',
  onNetwork: '{network} de {name}',
  website: 'Site de {name}',
  rssFeed: 'Feed RSS de {name}',
  viewAllPosts: 'Ver todos os posts de {name}',
  loadingAuthor: 'Carregando o perfil do autor…',
  errorNotAuthor: 'O endereço não retornou um perfil de autor.',
  errorAuthorPrivate: '{host} não torna público o perfil deste autor.',

  // the data layer's write errors and sources
  errorSourceUnsupported: 'Esta página indica um serviço de comentários que esta versão do blog-widgets não conhece.',
  errorLoginRequired: '{host} só aceita comentários de leitores que fizeram login.',
  errorNameEmailRequired: 'Digite seu nome e seu endereço de e-mail para comentar.',
  errorCommentInvalid: '{host} não aceitou este comentário. Verifique os campos e tente novamente.',
  errorTooLong: 'O texto é maior do que {host} aceita. Encurte-o e tente novamente.',
  errorDuplicate: 'Você já disse isso: {host} já tem este comentário.',
  errorTooFast: 'Você está publicando comentários rápido demais. Aguarde um momento e tente novamente.',
  errorCommentsClosed: 'Os comentários estão encerrados neste post.',
  errorCommentPostMissing: '{host} não encontrou este post, então o comentário não foi salvo.',
  errorCommentForbidden: '{host} não permitiu a publicação deste comentário.',
  errorLikesUnsupported: 'As curtidas não estão disponíveis neste site.',
  errorNoBackend: 'Esta página ainda não pode salvar comentários: o site não conectou nenhum serviço de comentários.',
  errorNotSaved: 'Nada foi salvo. Tente novamente em instantes.',
  errorReplyParentMissing:
    'O comentário que você está respondendo não existe mais. Sua resposta não foi publicada; copie-a e publique-a como um novo comentário.',
  errorServiceSiteUnknown:
    '{host} não guarda comentários deste site. O dono do site pode adicioná-lo à configuração do serviço.',
  errorLikeLimit: 'Chegaram curtidas demais da sua rede para este post; a sua não foi contada.',
  errorSessionEnded:
    'Seu login terminou (você saiu ou ele expirou). Faça login de novo ou preencha seus dados; seu comentário foi mantido.',

  // <blog-comments>
  commentsHeading: {
    one: '{count} comentário sobre “{title}”',
    many: '{count} de comentários sobre “{title}”',
    other: '{count} comentários sobre “{title}”',
  },
  commentsHeadingUntitled: {
    one: '{count} comentário',
    many: '{count} de comentários',
    other: '{count} comentários',
  },
  commentsTitle: 'Comentários sobre “{title}”',
  commentsTitleUntitled: 'Comentários',
  noComments: 'Nenhum comentário ainda. Seja o primeiro a compartilhar sua opinião.',
  loadingComments: 'Carregando comentários…',
  loadMoreComments: 'Carregar mais comentários',
  says: '{name} disse:',
  anonymous: 'Anônimo',
  commentPermalink: 'Link para este comentário',
  reply: 'Responder',
  replyToLabel: 'Responder a {name}',
  awaitingModeration: 'Seu comentário está aguardando moderação.',
  commentsError: 'Não foi possível carregar os comentários.',

  // <blog-comment-form>
  leaveReply: 'Deixe um comentário',
  leaveReplyTo: 'Deixe uma resposta para {name}',
  cancelReply: 'Cancelar resposta',
  fillDetails: 'Preencha os seus dados abaixo:',
  fillDetailsSignIn: 'Preencha os seus dados abaixo ou clique em um ícone para fazer login:',
  emailLabel: 'E-mail',
  emailHint: 'O endereço nunca é publicado',
  nameLabel: 'Nome',
  websiteLabel: 'Site',
  commentLabel: 'Comentário',
  required: '(obrigatório)',
  notifyComments: 'Notificar-me sobre novos comentários por e-mail.',
  notifyPosts: 'Notificar-me sobre novos posts por e-mail.',
  rememberMe: 'Lembrar meu nome, e-mail e site neste dispositivo.',
  postComment: 'Publicar comentário',
  posting: 'Publicando…',
  commentPosted: 'Seu comentário foi publicado.',
  commentHeld: 'Seu comentário está aguardando moderação.',
  draftRestored: 'Seu comentário não enviado foi restaurado.',
  offline: 'Você está sem conexão. Seu comentário fica guardado aqui: publique-o novamente quando a conexão voltar.',
  fixErrors: {
    one: 'Corrija {count} campo para publicar seu comentário.',
    many: 'Corrija {count} de campos para publicar seu comentário.',
    other: 'Corrija {count} campos para publicar seu comentário.',
  },
  errorNameRequired: 'Digite seu nome.',
  errorEmailRequired: 'Digite seu endereço de e-mail. Ele nunca é publicado.',
  errorEmailInvalid: 'Digite um endereço de e-mail válido, como nome@example.com.',
  errorUrlInvalid: 'Digite um endereço da web que comece com http:// ou https://, ou deixe o campo Site vazio.',
  errorContentEmpty: 'Escreva seu comentário antes de publicá-lo.',
  errorContentTooLong: 'Seu comentário tem {count} caracteres; o máximo que este site aceita é {max}. Encurte-o.',
  commentingAs: 'Você está comentando utilizando sua conta {provider}.',
  logOut: 'Sair',
  changeAccount: 'Alterar',

  // sign-in
  signInOptions: 'Fazer login com',
  signInWith: 'Fazer login com {provider}',
  connecting: 'Conectando a {provider}…',
  cancel: 'Cancelar',
  signedInAs: 'Conectado como {name}',
  signInBlocked:
    'Seu navegador bloqueou a janela de login. Permita pop-ups para este site e tente de novo, ou preencha seus dados abaixo.',
  signInClosed: 'A janela de login foi fechada antes de você terminar. Tente de novo, ou preencha seus dados abaixo.',
  signInCancelled: 'O login foi cancelado. Seu comentário continua aqui.',
  signInDenied: '{provider} não fez seu login. Tente de novo, ou preencha seus dados abaixo.',
  signInUnreachable: 'Não foi possível acessar {provider}. Tente mais tarde, ou preencha seus dados abaixo.',
  signInFailed: 'O login com {provider} não funcionou. Tente de novo, ou preencha seus dados abaixo.',
  signedIn: 'Você está conectado como {name}.',
  loggedOut: 'Você saiu. Seu comentário continua aqui.',

  // <blog-likes>
  like: 'Curtir',
  likeFirst: 'Seja o primeiro a curtir isto.',
  likesCount: {
    one: '{count} blogueiro curtiu isto.',
    many: '{count} de blogueiros curtiram isto:',
    other: '{count} blogueiros curtiram isto:',
  },
  youLikeThis: 'Você curtiu isto.',
  youAndOthersLike: {
    one: 'Você e mais {count} blogueiro curtiram isto:',
    many: 'Você e mais {count} de blogueiros curtiram isto:',
    other: 'Você e mais {count} blogueiros curtiram isto:',
  },
  moreLikers: 'mais {count}',
  likersTitle: 'Blogueiros que curtiram isto',
  close: 'Fechar',
  loadingLikes: 'Carregando curtidas…',
};

export default pt;
