import ArgumentParser
import Foundation
import Khaosan

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the sequence tagger (averaged perceptron) on gold spans; print dev F1 per epoch."
    )

    @Option(help: "Gold JSONL to train on: {id, text, spans: [{start, end, label, text}]}, offsets in code points.")
    var gold: String

    @Option(help: "Gold JSONL to score on after each epoch (never trained on).")
    var dev: String?

    @Flag(help: "Split --gold by the ThaiNER convention: ids ending in a multiple of 10 are dev, the rest train.")
    var split = false

    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output: String

    @Option(help: "Training passes over the data.")
    var epochs = 10

    @Option(help: "Seed of the example shuffling.")
    var seed: UInt64 = 1

    @Option(help: "log2 of the number of hashed weight rows (model size ≈ 2^bits × 17 × 2 bytes).")
    var rowBits = 16

    enum Scheme: String, ExpressibleByArgument, CaseIterable { case bilou, bio }

    @Option(help: "Tag scheme over units.")
    var scheme: Scheme = .bilou

    @Option(name: .customLong("feature-set"),
            help: ArgumentHelp("Feature templates: standard or extended (wider window, word frame, 4-scalar affixes, rule hint × word).", valueName: "set"))
    var featureSet: String = TaggerFeatureSet.standard.name

    @Flag(help: "Use the rule extractors' mentions as features (the model then expects them at run time).")
    var ruleFeatures = false

    @Option(help: "Folds for jackknifed name lists learnt from the training gold (0: none).")
    var nameFolds = 5

    @Option(help: "Extra lexicon files whose names become gazetteer features (saved in the model).")
    var lexicon: [String] = []

    @Option(name: .customLong("word-clusters"),
            help: ArgumentHelp("Word clusters (word⇥cluster, scripts/make-word-clusters.py) whose clusters become gazetteer features (saved in the model).", valueName: "file"))
    var wordClusters: String?

    func validate() throws {
        if epochs < 1 { throw ValidationError("--epochs must be at least 1, not \(epochs)") }
        // The range the model reader accepts (ModelFileFormat): a model outside it could not be loaded.
        if !(8...24).contains(rowBits) { throw ValidationError("--row-bits must be between 8 and 24, not \(rowBits)") }
        if !TaggerFeatureSet.allCases.contains(where: { $0.name == featureSet }) {
            throw ValidationError("--feature-set must be one of \(TaggerFeatureSet.allCases.map(\.name).joined(separator: ", ")), not \(featureSet)")
        }
        if nameFolds < 0 { throw ValidationError("--name-folds must be 0 or more, not \(nameFolds)") }
    }

    func run() throws {
        try AtomicFile.checkWritable(output)
        var all = try GoldDocument.load(jsonl: gold)
        var devDocuments = try dev.map { try GoldDocument.load(jsonl: $0) } ?? []
        if split {
            devDocuments += all.filter(\.isThaiNERDev)
            all.removeAll(where: \.isThaiNERDev)
        }
        var settings = TaggerTraining.Settings()
        settings.epochs = epochs
        settings.seed = seed
        settings.rowBits = rowBits
        settings.nameFolds = nameFolds
        settings.featureSet = TaggerFeatureSet.allCases.first { $0.name == featureSet } ?? .standard
        settings.scheme = TagScheme(kind: scheme == .bio ? .bio : .bilou, labels: TagScheme.standard.labels)
        var lexicons = try Lexicon.bundled()
        for path in lexicon { lexicons.add(try Lexicon(contentsOf: path)) }
        var gazetteer = try TaggerGazetteer.bundled(lexicon: lexicons)
        if let path = wordClusters {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError(description: "word clusters \(path): cannot read the file")
            }
            let clusters = try TaggerGazetteer.wordClusterLists(parsing: String(decoding: data, as: UTF8.self), origin: path)
            gazetteer = TaggerGazetteer(lists: gazetteer.lists + clusters)
        }
        let prefixes = try BundledResources.wordList(.taggerTitles)
        // The extractors before the tagger: the mentions it reads as features at run time.
        let hints = ruleFeatures ? Array(try StandardExtractors.make(lexicon: lexicons).prefix { !($0 is TaggerExtractor) }) : []
        if ruleFeatures && hints.isEmpty { printError("warning: no rule extractors to take features from") }
        var training = TaggerTraining(settings: settings, gazetteer: gazetteer, splitPrefixes: prefixes,
                                      hintExtractors: hints)
        let clock = ContinuousClock()
        let started = clock.now
        training.learnNames(from: all)
        let (trainExamples, stats) = try training.trainingExamples(all)
        // A model learnt from nothing would be written and look like a model.
        guard !trainExamples.isEmpty else {
            throw CommandError(description: "gold \(gold): no training documents\(split ? " outside the dev split" : ""); no model written")
        }
        let (devExamples, _) = try training.examples(devDocuments)
        printError("train: \(trainExamples.count) documents, \(trainExamples.reduce(0) { $0 + $1.units.count }) units; "
                   + "dev: \(devExamples.count) documents; prepared in \(clock.now - started)")
        printError("train \(stats)")
        let model = training.train(trainExamples, dev: devExamples) { epoch, wrong, scorer in
            var line = "epoch \(epoch): \(wrong) of \(trainExamples.count) train documents wrong"
            if !devExamples.isEmpty { line += "; dev " + ScoreLine.format(scorer) }
            printError(line + " (\(clock.now - started))")
        }
        try ModelFileFormat.write(model, to: output)
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        printError("wrote \(output) (\(size) bytes)")
        if !devExamples.isEmpty {
            let scorer = TaggerTraining.score(model, on: devExamples)
            print(ScoreLine.table(scorer, labels: model.scheme.labels.map(\.rawValue)))
        }
    }
}
