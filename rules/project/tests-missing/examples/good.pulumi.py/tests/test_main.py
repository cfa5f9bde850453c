import pulumi


class Mocks(pulumi.runtime.Mocks):
    def new_resource(self, args):
        return f"{args.name}-id", args.inputs

    def call(self, args):
        return args.args


pulumi.runtime.set_mocks(Mocks())


@pulumi.runtime.test
def test_bucket_is_exported():
    import __main__  # noqa: F401
