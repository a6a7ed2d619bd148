// swift-tools-version:6.1
import PackageDescription

/// eig: the event-sourced back office of the Entrepreneurs d'intérêt général programme.
///
/// Dependencies point one way (DESIGN §3): `Programme` and `EventStore` depend on nothing of
/// ours (but `EventStore`'s C checksums, `CHardwareChecksums`), `Projections` on both, `Operations` on the three, `OperatorCLI` on `Operations` (and uses the types of the targets below it), and
/// the `eig` executable on `OperatorCLI`. No third-party packages.
let package = Package(
    name: "eig",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "eig", targets: ["eig"]),
        .executable(name: "eig-bench", targets: ["eig-bench"]),
        .library(name: "EventStore", targets: ["EventStore"]),
    ],
    targets: [
        // SHA-256 and CRC-32C with the processor's instructions (SHA extensions, SSE4.2), which
        // Swift cannot reach: C of our own, compiled by the toolchain's clang.
        .target(name: "CHardwareChecksums"),
        .target(name: "EventStore", dependencies: ["CHardwareChecksums"]),
        .target(name: "Programme", exclude: ["EVENTS.md"]),
        .target(name: "Projections", dependencies: ["EventStore", "Programme"]),
        .target(
            name: "Operations",
            dependencies: ["EventStore", "Programme", "Projections"],
            resources: [.copy("Resources/eig-defis-2017-2020.csv")]
        ),
        .target(name: "OperatorCLI", dependencies: ["Operations", "Projections", "Programme", "EventStore"]),
        .executableTarget(name: "eig", dependencies: ["OperatorCLI"]),
        .executableTarget(
            name: "eig-bench",
            dependencies: ["EventStore", "Programme", "Projections", "Operations"],
            path: "Tools/eig-bench"
        ),
        .executableTarget(
            name: "eig-torture",
            dependencies: ["EventStore"],
            path: "Tools/eig-torture"
        ),
        .testTarget(name: "EventStoreTests", dependencies: ["EventStore"], exclude: ["Fixtures"]),
        .testTarget(name: "ProgrammeTests", dependencies: ["Programme"]),
        .testTarget(name: "ProjectionsTests", dependencies: ["Projections", "EventStore", "Programme"]),
        .testTarget(name: "OperationsTests", dependencies: ["Operations", "EventStore", "Programme", "Projections"]),
        .testTarget(name: "OperatorCLITests", dependencies: ["OperatorCLI", "Operations", "Programme", "EventStore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["eig", "eig-torture", "EventStore", "Programme"]),
    ]
)

for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.swiftLanguageMode(.v6))
    // SE-0335: existential types are spelled `any P`.
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    // SE-0444: a file sees only the members of the modules it imports.
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    // SE-0409: imports are internal unless a file says `public import`.
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    // Warnings are errors: the build stays clean.
    settings.append(.unsafeFlags(["-warnings-as-errors"]))
    target.swiftSettings = settings
}
