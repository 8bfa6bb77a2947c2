using System;
using ObjCRuntime;

namespace Foundation {
	[Protocol]
	interface NSCoding {
		[Abstract]
		[Export ("encodeWithCoder:")]
		void EncodeTo (NSCoder encoder);
	}

	[BaseType (typeof (NSObject))]
	interface NSCoder {
		[Export ("decodeObjectForKey:")]
		[return: NullAllowed]
		NSObject DecodeObject (string key);
	}

	[BaseType (typeof (NSObject), Name = "NSURL")]
	interface NSUrl : NSCoding {
		[Export ("absoluteString")]
		[NullAllowed]
		string AbsoluteString { get; }
	}

	[BaseType (typeof (NSObject))]
	interface NSIndexPath {
		[Export ("row")]
		nint Row { get; }
	}
}
