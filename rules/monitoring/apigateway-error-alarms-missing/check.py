from collections.abc import Iterator

from iacreview.model import Call, Literal, Resource, Unknown
from iacreview.rulekit import Finding, RuleContext, find_values, title

APIS = ("aws.apigateway.rest_api", "aws.apigatewayv2.api")
# CDK's metric helpers on RestApi and HttpApi, in both spellings
CDK_HELPERS = {
    "metricservererror": "5xx",
    "metric5xxerror": "5xx",
    "metricclienterror": "4xx",
    "metric4xxerror": "4xx",
}


def check(api: Resource, ctx: RuleContext) -> Iterator[Finding]:
    protocol = api.prop("protocolType")
    if isinstance(protocol, Literal) and str(protocol.value).upper() == "WEBSOCKET":
        return  # a WebSocket API has no 4XX/5XX metrics
    watched: set[str] = set()
    for alarm in ctx.project.of_kind("aws.cloudwatch.alarm"):
        targets = {ref.target for ref in alarm.refs if _is_api(ctx.project.by_id.get(ref.target))}
        if targets and api.id not in targets:
            continue  # an alarm on another API's metrics (one naming no API may watch any)
        watched |= _errors_watched(alarm)
    if "5xx" in watched:
        return
    also = "" if "4xx" in watched else ", nor on its 4XX (client) errors"
    yield ctx.finding(api, {"what": title(api.kind), "name": api.name, "also": also})


def _is_api(resource: Resource | None) -> bool:
    return resource is not None and resource.kind in APIS


def _errors_watched(alarm: Resource) -> set[str]:
    """`5xx` and/or `4xx`: the API Gateway error metrics an alarm watches (`5XXError` of a REST API,
    `5xx` of an HTTP API, in a metric or a metric-math query; CDK's `api.metricServerError()`)."""
    found: set[str] = set()
    namespaces = {str(v.value) for v in find_values(alarm.props, "namespace") if isinstance(v, Literal)}
    for value in find_values(alarm.props, "metricName"):
        if not isinstance(value, Literal) and "AWS/ApiGateway" in namespaces:
            return {"5xx", "4xx"}  # chosen at run time (a loop over the codes): may be either
        name = str(value.value).lower() if isinstance(value, Literal) else ""
        if name.startswith(("5xx", "4xx")):
            found.add(name[:3])
    for node in alarm.props.walk():
        text = node.text if isinstance(node, Unknown) else node.func if isinstance(node, Call) else ""
        squeezed = text.replace("_", "").lower()
        found |= {kind for helper, kind in CDK_HELPERS.items() if helper in squeezed}
    return found
