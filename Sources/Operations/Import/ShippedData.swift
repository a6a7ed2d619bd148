internal import Foundation

/// The data files shipped with eig as resources of the Operations module.
public enum ShippedData {
    /// The file name of the published défis of promotions 1 to 4 and of the design promotion.
    public static let defisFileName = "eig-defis-2017-2020.csv"

    /// The bytes of the published défis file (`Resources/eig-defis-2017-2020.csv`).
    ///
    /// - Throws: `storage` when the resource bundle is not beside the executable.
    public static func defisFile() throws(OperationsError) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "eig-defis-2017-2020", withExtension: "csv"),
            let data = try? Data(contentsOf: url)
        else {
            throw OperationsError(
                .storage, "the shipped file \(defisFileName) is missing from eig's resources (eig_Operations.resources)")
        }
        return Array(data)
    }
}
