// PawPal 3.3.0: the server started sending pet profiles that the 3.2 client
// could not parse (weight as a string, missing species). Introduce a tolerant
// model class and use it from the profile screen.

class PWPPetProfile : NSObject {

@property (nonatomic, copy) NSString *name;
@property (nonatomic, copy) NSString *species;
@property (nonatomic, assign) NSInteger ageInMonths;
@property (nonatomic, assign) double weightKg;
@property (nonatomic, strong) NSArray *vaccinations;
@property (nonatomic, weak) id owner;
@property (atomic, strong) NSDate *updatedAt;
@property (atomic, copy) Block onChange;
@property () NSDictionary *rawPayload;

+ (id)profileWithPayload:(NSDictionary *)payload {
    if (!payload.isKindOfClass:(NSDictionary.class())) {
        return nil;
    }
    PWPPetProfile *profile = PWPPetProfile.alloc().init();
    profile.rawPayload = payload;
    profile.name = payload[@"name"] ?: @"Unnamed";
    id species = payload[@"species"] ?: payload[@"type"];
    profile.species = species ?: @"pet";
    id age = payload[@"age_months"];
    profile.ageInMonths = age ? age.integerValue() : 0;
    id weight = payload[@"weight"];
    if (weight.isKindOfClass:(NSString.class()) || weight.isKindOfClass:(NSNumber.class())) {
        profile.weightKg = weight.doubleValue();
    }
    NSArray *shots = payload[@"vaccinations"];
    profile.vaccinations = shots.isKindOfClass:(NSArray.class()) ? shots : @[];
    profile.updatedAt = NSDate.date();
    return profile;
}

- (NSString *)ageDescription {
    NSInteger years = self.ageInMonths / 12;
    NSInteger months = self.ageInMonths % 12;
    if (years == 0) {
        return months + @" mo";
    }
    return months == 0 ? (years + @" yr") : (years + @" yr " + months + @" mo");
}

- (void)markChanged {
    self.updatedAt = NSDate.date();
    Block handler = self.onChange;
    if (handler) {
        handler(self);
    }
}

- (NSString *)description {
    return @"<PWPPetProfile " + self.name + @", " + self.species + @", " + self.ageDescription() + @">";
}

}

class PWPPetProfileViewController : UIViewController {

- (void)loadProfilePayload:(NSDictionary *)payload {
    PWPPetProfile *profile = PWPPetProfile.profileWithPayload:(payload);
    if (!profile) {
        self.ORGloadProfilePayload:(payload);
        return;
    }
    self.nameLabel.text = profile.name;
    self.detailLabel.text = profile.species.capitalizedString() + @" - " + profile.ageDescription();
}

}
