declare module 'virtual:theatre-land' {
  const land: import('./landTypes.ts').TheatreLand;
  export default land;
}
