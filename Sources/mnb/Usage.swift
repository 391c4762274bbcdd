import MNBLanguage

enum Usage {
  static let text = """
    mnb \(MNBVersion.current): train and evaluate small models on IDX image data (MNIST)

    usage:
      mnb                 open the interactive mnb> session (reads a script from a pipe)
      mnb run FILE.mnb    run a notebook's cells in order and print their output
      mnb --help          show this help
      mnb --version       show the version

    \(RunArguments.usage)

    Inside a session, 'help' lists the commands and 'help COMMAND' explains one.

    environment:
      MNB_DATA          a folder holding data sets (e.g. MNB_DATA/mnist/*.gz)
      XDG_CACHE_HOME    data sets are also looked for, and downloaded, in $XDG_CACHE_HOME/mnb
      MNB_MIRROR        base URLs to download data sets from, comma-separated
      MNB_OFFLINE       set to 1 to never download
      XDG_STATE_HOME    the interactive history is kept in $XDG_STATE_HOME/mnb/history

    exit status: 0 success, 1 a command or cell failed, 2 the notebook cannot be parsed,
    3 a cell timed out, 64 bad command line or parameter, 130 interrupted

    """
}
