/// <reference types="vite/client" />
// Template types of <blog-article>, <blog-likes>…: their properties and events, for vue-tsc.
/// <reference types="blog-widgets/vue" />

// For tools that read TypeScript without Vue (ESLint); vue-tsc types the components themselves.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
