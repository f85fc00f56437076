/// <reference types="vite/client" />
// Markup types of <blog-article>, <blog-likes>…: their properties and `on<event>` handlers.
/// <reference types="blog-widgets/svelte" />
