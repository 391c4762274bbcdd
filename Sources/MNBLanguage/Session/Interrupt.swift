import Foundation
import Synchronization

/// Ctrl-C as a flag that long steps poll at safe points, instead of a signal that kills.
///
/// The handler only stores into an atomic; training and loading read it between blocks of
/// work and stop cleanly. libedit saves and restores this handler around each prompt.
public enum Interrupt {
  private static let requested = Atomic<Bool>(false)

  /// Installs the SIGINT handler; safe to call more than once.
  public static func install() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      Interrupt.requested.store(true, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)

    // A parent may start us with SIGINT blocked; it would then never arrive.
    var blocked = sigset_t()
    sigemptyset(&blocked)
    sigaddset(&blocked, SIGINT)
    sigprocmask(SIG_UNBLOCK, &blocked, nil)
  }

  public static var isRequested: Bool { requested.load(ordering: .relaxed) }

  public static func clear() { requested.store(false, ordering: .relaxed) }
}
