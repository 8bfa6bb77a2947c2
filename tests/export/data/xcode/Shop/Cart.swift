import UIKit

@objc class CartModel: NSObject {}
