// runtime/embedded/onnx-proto.ts — the subset of the ONNX protobuf schema golong writes, defined by
// reflection with the field numbers of the public onnx.proto, so no .proto file is needed at run time.
import protobuf from "protobufjs";

const { Root } = protobuf;

/** ONNX TensorProto.DataType codes golong uses. */
export const DataType = { FLOAT: 1, INT64: 7, BOOL: 9 } as const;

/** AttributeProto.AttributeType codes. */
export const AttributeType = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, FLOATS: 6, INTS: 7 } as const;

const descriptor = {
  nested: {
    onnx: {
      nested: {
        OperatorSetIdProto: { fields: { domain: { type: "string", id: 1 }, version: { type: "int64", id: 2 } } },
        TensorProto: {
          fields: {
            dims: { rule: "repeated", type: "int64", id: 1 },
            dataType: { type: "int32", id: 2 },
            floatData: { rule: "repeated", type: "float", id: 4 },
            int32Data: { rule: "repeated", type: "int32", id: 5 },
            int64Data: { rule: "repeated", type: "int64", id: 7 },
            name: { type: "string", id: 8 },
            rawData: { type: "bytes", id: 9 },
            docString: { type: "string", id: 12 },
          },
        },
        AttributeProto: {
          fields: {
            name: { type: "string", id: 1 },
            f: { type: "float", id: 2 },
            i: { type: "int64", id: 3 },
            s: { type: "bytes", id: 4 },
            t: { type: "TensorProto", id: 5 },
            floats: { rule: "repeated", type: "float", id: 7 },
            ints: { rule: "repeated", type: "int64", id: 8 },
            docString: { type: "string", id: 13 },
            type: { type: "int32", id: 20 },
          },
        },
        NodeProto: {
          fields: {
            input: { rule: "repeated", type: "string", id: 1 },
            output: { rule: "repeated", type: "string", id: 2 },
            name: { type: "string", id: 3 },
            opType: { type: "string", id: 4 },
            attribute: { rule: "repeated", type: "AttributeProto", id: 5 },
            docString: { type: "string", id: 6 },
            domain: { type: "string", id: 7 },
          },
        },
        TensorShapeProto: {
          fields: { dim: { rule: "repeated", type: "Dimension", id: 1 } },
          nested: {
            Dimension: {
              oneofs: { value: { oneof: ["dimValue", "dimParam"] } },
              fields: { dimValue: { type: "int64", id: 1 }, dimParam: { type: "string", id: 2 } },
            },
          },
        },
        TypeProto: {
          fields: { tensorType: { type: "Tensor", id: 1 } },
          nested: {
            Tensor: { fields: { elemType: { type: "int32", id: 1 }, shape: { type: "TensorShapeProto", id: 2 } } },
          },
        },
        ValueInfoProto: {
          fields: { name: { type: "string", id: 1 }, type: { type: "TypeProto", id: 2 }, docString: { type: "string", id: 3 } },
        },
        GraphProto: {
          fields: {
            node: { rule: "repeated", type: "NodeProto", id: 1 },
            name: { type: "string", id: 2 },
            initializer: { rule: "repeated", type: "TensorProto", id: 5 },
            docString: { type: "string", id: 10 },
            input: { rule: "repeated", type: "ValueInfoProto", id: 11 },
            output: { rule: "repeated", type: "ValueInfoProto", id: 12 },
            valueInfo: { rule: "repeated", type: "ValueInfoProto", id: 13 },
          },
        },
        ModelProto: {
          fields: {
            irVersion: { type: "int64", id: 1 },
            producerName: { type: "string", id: 2 },
            producerVersion: { type: "string", id: 3 },
            domain: { type: "string", id: 4 },
            modelVersion: { type: "int64", id: 5 },
            docString: { type: "string", id: 6 },
            graph: { type: "GraphProto", id: 7 },
            opsetImport: { rule: "repeated", type: "OperatorSetIdProto", id: 8 },
          },
        },
      },
    },
  },
};

const root = Root.fromJSON(descriptor);
const ModelProto = root.lookupType("onnx.ModelProto");

/** Plain-object shapes of the messages, as protobufjs takes them (camelCase field names). */
export interface TensorProtoData {
  name: string; dims: number[]; dataType: number; rawData?: Uint8Array; floatData?: number[]; int64Data?: number[];
}
export interface AttributeProtoData {
  name: string; type: number; f?: number; i?: number; s?: Uint8Array; t?: TensorProtoData; floats?: number[]; ints?: number[];
}
export interface NodeProtoData { name: string; opType: string; input: string[]; output: string[]; attribute: AttributeProtoData[]; domain?: string }
export interface ValueInfoData { name: string; elemType: number; dims: (number | string)[] }
export interface ModelData {
  graphName: string;
  nodes: NodeProtoData[];
  initializers: TensorProtoData[];
  inputs: ValueInfoData[];
  outputs: ValueInfoData[];
  opset: number;
}

function valueInfo(v: ValueInfoData): object {
  return {
    name: v.name,
    type: {
      tensorType: {
        elemType: v.elemType,
        shape: { dim: v.dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

/** Serialises a model to the ONNX binary format (IR version 8, default domain at `opset`). */
export function encodeModel(model: ModelData): Uint8Array {
  const message = ModelProto.fromObject({
    irVersion: 8,
    producerName: "golong",
    producerVersion: "0.1.0",
    opsetImport: [{ domain: "", version: model.opset }],
    graph: {
      name: model.graphName,
      node: model.nodes,
      initializer: model.initializers,
      input: model.inputs.map(valueInfo),
      output: model.outputs.map(valueInfo),
    },
  });
  return ModelProto.encode(message).finish();
}
