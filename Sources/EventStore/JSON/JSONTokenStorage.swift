/// The memory a ``JSONTape`` writes its tokens to, kept from one document to the next.
///
/// A class because it owns an allocation (freed in `deinit`), and manual memory rather than
/// an array so that ``JSONValue`` can hold a plain pointer to the tokens: reading a payload's
/// fields in a replay loop then involves no reference counting at all. Immutable (a larger
/// document gets a new storage), so reading `base` needs no exclusivity check.
@usableFromInline
final class JSONTokenStorage {
    @usableFromInline let base: UnsafeMutablePointer<JSONToken>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutablePointer<JSONToken>.allocate(capacity: capacity)
    }

    deinit {
        base.deallocate()
    }
}
