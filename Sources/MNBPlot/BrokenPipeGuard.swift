#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps SIGPIPE from killing the program while writing to a child that may have exited.
///
/// SIGPIPE raised by `write` goes to the writing thread, so blocking it there turns it into a
/// plain EPIPE error; a signal left pending is taken off before the old mask comes back,
/// whatever the program's own SIGPIPE setting.
enum BrokenPipeGuard {
  static func run<T>(_ body: () -> T) -> T {
    var brokenPipe = sigset_t()
    sigemptyset(&brokenPipe)
    sigaddset(&brokenPipe, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &brokenPipe, &previous)

    let result = body()

    var pending = sigset_t()
    sigpending(&pending)
    if sigismember(&pending, SIGPIPE) == 1, sigismember(&previous, SIGPIPE) == 0 {
      var noWait = timespec(tv_sec: 0, tv_nsec: 0)
      _ = sigtimedwait(&brokenPipe, nil, &noWait)
    }
    pthread_sigmask(SIG_SETMASK, &previous, nil)
    return result
  }
}
