/// The khaosan version, recorded once in every graph it writes.
public let version = "0.1.0"
