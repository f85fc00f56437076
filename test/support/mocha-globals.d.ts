// describe/it/before… are globals in the browser suite (@web/test-runner-mocha).
// tsconfig has "types": [], so opt in here for everything under test/.
/// <reference types="mocha" />
