import Testing
@testable import GlossaryKit

/// `ParallelMap` hands its results over and keeps none: a reference it kept would outlive
/// the map, and `glossary serve` maps the whole site again on every rebuild.
@Suite struct ParallelMapTests {
    final class Item {
        let index: Int
        init(_ index: Int) { self.index = index }
    }

    @Test(arguments: [1, 4])
    func resultsAreInOrderAndFreedWithTheArray(jobs: Int) {
        var watched: [Weak] = []
        do {
            let items = ParallelMap.map(count: 100, jobs: jobs) { Item($0) }
            #expect(items.map(\.index) == Array(0..<100))
            watched = items.map(Weak.init)
        }
        #expect(watched.allSatisfy { $0.object == nil }, "\(watched.filter { $0.object != nil }.count) of 100 results still alive")
    }

    struct Weak {
        weak var object: Item?
        init(_ object: Item) { self.object = object }
    }
}
