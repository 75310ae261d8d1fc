import Khaosan

enum KhaosanVersion {
    static let string = Khaosan.version
}
