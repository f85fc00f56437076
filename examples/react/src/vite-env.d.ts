/// <reference types="vite/client" />
// JSX types of <blog-article>, <blog-likes>…: their properties and `on<event>` handlers.
/// <reference types="blog-widgets/react" />
