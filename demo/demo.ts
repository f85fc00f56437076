/**
 * The demo's toolbar: colour scheme and language/direction, applied the way a real site would
 * (a class and `lang`/`dir` on <html>), so the elements are seen following the page.
 * The choice is kept in the URL (`?theme=dark&lang=ar`) so every state has a link.
 */
import '../src/blog-widgets.js';

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const rtl = new Set(['ar', 'he']);

function applyTheme(theme: string): void {
  root.classList.toggle('dark', theme === 'dark');
  root.classList.toggle('light', theme === 'light');
}

function applyLang(lang: string): void {
  root.lang = lang;
  root.dir = rtl.has(lang) ? 'rtl' : 'ltr';
}

function remember(name: string, value: string, fallback: string): void {
  const url = new URL(location.href);
  if (value === fallback) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(null, '', url);
}

const themeSelect = document.querySelector<HTMLSelectElement>('#demo-theme');
const langSelect = document.querySelector<HTMLSelectElement>('#demo-lang');

const theme = params.get('theme') ?? 'auto';
applyTheme(theme);
if (themeSelect) {
  themeSelect.value = theme;
  themeSelect.addEventListener('change', () => {
    applyTheme(themeSelect.value);
    remember('theme', themeSelect.value, 'auto');
  });
}

const lang = params.get('lang');
if (lang) applyLang(lang);
if (langSelect) {
  langSelect.value = root.lang || 'en';
  langSelect.addEventListener('change', () => {
    applyLang(langSelect.value);
    remember('lang', langSelect.value, 'en');
  });
}

/*
 * The demo's "backend": this page has no server yet (the companion service comes later), so it
 * handles the static source's write events itself — exactly what any site without a backend can
 * do — and keeps what readers post in this browser's localStorage. Comments are held for
 * moderation, like a first-time guest's on WordPress.
 */
const KEY = 'blog-widgets-demo:likes';
document.addEventListener('blog-comment-submit', (event) => {
  event.respondWith(
    new Promise((resolve) => setTimeout(resolve, 600)).then(() => ({ status: 'pending' as const, date: new Date() })),
  );
});
document.addEventListener('blog-like', (event) => {
  const { liked } = event.detail;
  localStorage.setItem(KEY, liked ? '1' : '0');
  event.respondWith(new Promise((resolve) => setTimeout(resolve, 300)).then(() => ({ liked })));
});
