// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "mnb",
  products: [
    .executable(name: "mnb", targets: ["mnb"])
  ],
  targets: [
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .systemLibrary(
      name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),

    .target(name: "MNBData", dependencies: ["CZlib"]),
    .target(name: "MNBEngine", dependencies: ["MNBData", "COpenBLAS"]),
    .target(name: "MNBPlot", dependencies: ["MNBData"]),
    .target(name: "MNBImage", dependencies: ["MNBData", "CZlib"]),
    .target(name: "MNBModels", dependencies: ["MNBEngine", "MNBData"]),
    .target(
      name: "MNBLanguage",
      dependencies: ["MNBData", "MNBEngine", "MNBModels", "MNBPlot", "MNBImage"]),
    .target(name: "MNBNotebook", dependencies: ["MNBData", "MNBLanguage"]),
    .target(name: "MNBRepl", dependencies: ["MNBData", "MNBLanguage", "CEditLine"]),
    .executableTarget(
      name: "mnb", dependencies: ["MNBData", "MNBLanguage", "MNBNotebook", "MNBRepl"]),
    .executableTarget(
      name: "mnb-bench", dependencies: ["MNBData", "MNBEngine", "COpenBLAS"],
      path: "Benchmarks/Sources/mnb-bench"),

    .testTarget(name: "MNBDataTests", dependencies: ["MNBData"]),
    .testTarget(name: "MNBEngineTests", dependencies: ["MNBEngine", "MNBData"]),
    .testTarget(name: "MNBModelsTests", dependencies: ["MNBModels", "MNBData", "MNBEngine"]),
    .testTarget(name: "MNBPlotTests", dependencies: ["MNBPlot"]),
    .testTarget(name: "MNBImageTests", dependencies: ["MNBImage", "MNBData", "CZlib"]),
    .testTarget(name: "MNBNotebookTests", dependencies: ["MNBNotebook", "MNBData"]),
    .testTarget(name: "MNBReplTests", dependencies: ["MNBRepl", "MNBLanguage"]),
    .testTarget(name: "MNBLanguageTests", dependencies: ["MNBLanguage", "MNBNotebook"]),
    .testTarget(name: "MNBCLITests", dependencies: ["mnb"], exclude: ["Golden"]),

    // Fuzzing: docs/fuzzing.md. `scripts/fuzz` builds mnb-fuzz with -DFUZZING and libFuzzer.
    .systemLibrary(name: "CLibFuzzer", path: "Tests/Fuzz/CLibFuzzer"),
    .target(
      name: "MNBFuzzTargets",
      dependencies: [
        "MNBData", "MNBImage", "MNBLanguage", "MNBNotebook", "MNBModels", "MNBRepl",
      ],
      path: "Tests/Fuzz/Targets"),
    .executableTarget(
      name: "mnb-fuzz", dependencies: ["MNBFuzzTargets", "CLibFuzzer"], path: "Tests/Fuzz/Driver"),
    .testTarget(
      name: "MNBFuzzTests", dependencies: ["MNBFuzzTargets"], path: "Tests/Fuzz/ReplayTests"),
  ]
)
