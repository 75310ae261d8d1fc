/// Thrown inside the reader when the run is being stopped.
struct BatchCancelled: Error {}
