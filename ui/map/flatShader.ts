import {
  Shader,
  UniformGroup,
  Matrix,
  colorBitGl,
  compileHighShaderGlProgram,
  localUniformBitGl,
  roundPixelsBitGl,
  type Graphics,
} from 'pixi.js';

/**
 * A shader for large flat-coloured graphics (land, margin, coast): pixi's graphics shader without
 * its texture-batch branches. Where WebGL is a software rasterizer, the per-pixel work is what
 * costs the frame, and the land and margin are most of the pixels. WebGL only; pixi keeps its own
 * shader under the other renderers.
 */
const flatColourBit = {
  name: 'flat-colour-bit',
  fragment: { main: /* glsl */ 'outColor = vec4(1.0);' },
};

let program: ReturnType<typeof compileHighShaderGlProgram> | null = null;

export function flatShader(): Shader {
  program ??= compileHighShaderGlProgram({ name: 'kuroshio-flat-graphics', bits: [colorBitGl, flatColourBit, localUniformBitGl, roundPixelsBitGl] });
  return new Shader({
    glProgram: program,
    resources: {
      localUniforms: new UniformGroup({
        uColor: { value: new Float32Array([1, 1, 1, 1]), type: 'vec4<f32>' },
        uTransformMatrix: { value: new Matrix(), type: 'mat3x3<f32>' },
        uRound: { value: 0, type: 'f32' },
      }),
    },
  });
}

/** Draw these graphics with the flat shader (they are then never batched: fine for big, static ones). */
export function useFlatShader(shader: Shader, ...graphics: Graphics[]): void {
  for (const g of graphics) g.context.customShader = shader;
}
