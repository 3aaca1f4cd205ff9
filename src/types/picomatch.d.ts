// The part of picomatch (the matcher tinyglobby uses to find a budget's files) that the output guard uses.
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
  }
  function picomatch(patterns: string | readonly string[], options?: PicomatchOptions): (path: string) => boolean;
  export default picomatch;
}
